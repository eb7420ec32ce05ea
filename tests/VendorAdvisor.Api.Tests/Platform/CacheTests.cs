using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VendorAdvisor.Api.Tests.Platform;

/// API keys and tenant catalogs are cached per instance; a change made through one instance must reach
/// every other. A second host on the same database plays the other instance.
[Collection(ApiTests.Name)]
public sealed class CacheTests(ApiFixture api) : IDisposable
{
    private readonly WebApplicationFactory<Program> other =
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing"));

    public void Dispose() => other.Dispose();

    private HttpClient OtherAs(string key)
    {
        var client = other.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// The other instance must change its answer well before a cache entry could expire on its own (minutes).
    private static async Task<TimeSpan> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the other instance never saw the change");
            await Task.Delay(5);
        }
        return clock.Elapsed;
    }

    [Fact]
    public async Task A_key_revoked_through_one_instance_is_refused_by_the_others()
    {
        var tenantId = await api.CreateTenantAsync();
        var issued = await api.IssueKeyAsync(tenantId, "consultant");
        var elsewhere = OtherAs((string)issued["key"]!);
        for (var i = 0; i < 3; i++) (await elsewhere.GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.SystemAdmin().DeleteAsync($"/v1/admin/tenants/{tenantId}/keys/{issued["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await EventuallyAsync(async () => (await elsewhere.GetAsync("/v1/me")).StatusCode == HttpStatusCode.Unauthorized);
        await (await elsewhere.GetAsync("/v1/me")).ShouldBeProblemAsync(401);
        await (await api.As((string)issued["key"]!).GetAsync("/v1/me")).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task An_override_made_through_one_instance_is_used_by_the_others()
    {
        var tenantId = await api.CreateTenantAsync();
        var admin = await api.KeyAsync(tenantId, "admin");
        var elsewhere = OtherAs(admin);
        var before = await elsewhere.GetFromJsonAsync<JsonObject>("/v1/vendors");
        ((string)before!["catalogVersion"]!).ShouldEndWith("-r0");

        (await api.As(admin).PutAsJsonAsync("/v1/catalog/overrides/aws-china/price", new { score = 1.5, uncertainty = 0, rationale = "Test." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await EventuallyAsync(async () =>
        {
            var vendors = await elsewhere.GetFromJsonAsync<JsonObject>("/v1/vendors");
            return ((string)vendors!["catalogVersion"]!).EndsWith("-r1", StringComparison.Ordinal);
        });
        var after = await elsewhere.GetFromJsonAsync<JsonObject>("/v1/vendors");
        var aws = after!["items"]!.AsArray().Single(v => (string)v!["id"]! == "aws-china")!;
        ((double)aws["scores"]!["price"]!).ShouldBe(1.5);
    }
}
