using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Tests.Hardening;

/// Every error is problem+json with its real status, whatever Accept says, from the endpoints, the
/// middleware below them and Kestrel's size limits alike.
[Collection(ApiTests.Name)]
public sealed class ErrorShapeTests(ApiFixture api)
{
    public static TheoryData<string> Accepts => ["text/html", "application/x-ndjson", "application/xml", "image/png"];

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Authentication_and_role_refusals_are_problem_json_whatever_accept_says(string accept)
    {
        var anonymous = api.Anonymous();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd(accept);
        await (await anonymous.GetAsync("/v1/vendors")).ShouldBeProblemAsync(401);

        var (_, auditor) = await api.TenantClientAsync("auditor");
        auditor.DefaultRequestHeaders.Accept.ParseAdd(accept);
        await (await auditor.PostAsync("/v1/profiles", new StringContent("{}", Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(403);
        await (await auditor.GetAsync("/no/such/route")).ShouldBeProblemAsync(404);
        await (await auditor.PutAsync("/v1/vendors", new StringContent("{}", Encoding.UTF8, "application/json"))).ShouldBeProblemAsync(405);
    }

    [Fact]
    public async Task A_rate_limited_export_is_429_problem_json_with_retry_after()
    {
        var tenantId = await api.CreateTenantAsync();
        var key = await api.KeyAsync(tenantId, "auditor");
        using var limited = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:PermitsPerSecond", "0.1").UseSetting("RateLimits:Burst", "1"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/x-ndjson");

        (await client.GetAsync("/v1/audit/events")).IsSuccessStatusCode.ShouldBeTrue();
        var refused = await client.GetAsync("/v1/audit/events");

        await refused.ShouldBeProblemAsync(429);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_body_without_content_type_is_415_problem_json()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var content = new ByteArrayContent("""{"name":"x"}"""u8.ToArray());
        content.Headers.ContentType = null;

        await (await client.PostAsync("/v1/profiles", content)).ShouldBeProblemAsync(415);
    }

    [Fact]
    public async Task Kestrel_size_limits_answer_414_and_431_as_problem_json_over_real_sockets()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing"));
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0)); // a free port: parallel runs must not collide
        factory.StartServer();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        await (await client.GetAsync("/v1/vendors?search=" + new string('a', 20_000))).ShouldBeProblemAsync(414);
        using var big = new HttpRequestMessage(HttpMethod.Get, "/v1/vendors");
        big.Headers.TryAddWithoutValidation("X-Padding", new string('h', 40_000));
        await (await client.SendAsync(big)).ShouldBeProblemAsync(431);
    }

    [Fact]
    public void Database_failures_are_sorted_into_outage_refused_value_and_the_rest()
    {
        StorageFailures.IsOutage(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))).ShouldBeTrue();
        StorageFailures.IsOutage(new NpgsqlException("The connection pool has been exhausted", new TimeoutException())).ShouldBeTrue();
        StorageFailures.IsOutage(new InvalidOperationException("wrapped", new PostgresException("shutting down", "FATAL", "FATAL", "57P01"))).ShouldBeTrue();
        StorageFailures.IsOutage(new PostgresException("unique", "ERROR", "ERROR", "23505")).ShouldBeFalse();
        StorageFailures.IsOutage(new InvalidOperationException("a bug")).ShouldBeFalse();

        StorageFailures.IsRefusedValue(new PostgresException("NUL", "ERROR", "ERROR", "22P05"), out var state).ShouldBeTrue();
        state.ShouldBe("22P05");
        StorageFailures.IsRefusedValue(new PostgresException("unique", "ERROR", "ERROR", "23505"), out _).ShouldBeFalse();
    }
}
