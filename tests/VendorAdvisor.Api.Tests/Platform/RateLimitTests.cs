using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VendorAdvisor.Api.Tests.Platform;

[Collection(ApiTests.Name)]
public sealed class RateLimitTests(ApiFixture api)
{
    /// A node of its own (its own limiter) with a small allowance: 3 requests, then one every 10 s.
    private WebApplicationFactory<Program> Node(bool shared) => api.Factory.WithWebHostBuilder(builder => builder
        .UseSetting("RateLimits:PermitsPerSecond", "0.1")
        .UseSetting("RateLimits:Burst", "3")
        .UseSetting("RateLimits:Shared", shared ? "true" : "false"));

    private static HttpClient As(WebApplicationFactory<Program> node, string key)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_key_past_its_allowance_gets_429_with_retry_after_and_other_keys_are_unaffected(bool shared)
    {
        var tenantId = await api.CreateTenantAsync();
        var busy = await api.KeyAsync(tenantId, "consultant");
        var quiet = await api.KeyAsync(tenantId, "consultant");
        using var limited = Node(shared);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) answers.Add(await As(limited, busy).GetAsync("/v1/me"));

        answers.Take(3).ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK);
        answers[2].Headers.GetValues("RateLimit-Remaining").Single().ShouldBe("0");
        var refused = answers[3];
        var problem = await refused.ShouldBeProblemAsync(429);
        ((string?)problem["detail"]).ShouldNotBeNullOrWhiteSpace();
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await As(limited, quiet).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await limited.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.TooManyRequests)]
    [InlineData(false, HttpStatusCode.OK)]
    public async Task Shared_buckets_hold_one_allowance_across_nodes_and_in_process_buckets_one_per_node(bool shared, HttpStatusCode onTheOtherNode)
    {
        var key = await api.KeyAsync(await api.CreateTenantAsync(), "consultant");
        using var first = Node(shared);
        using var second = Node(shared);

        for (var i = 0; i < 3; i++) (await As(first, key).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await As(second, key).GetAsync("/v1/me")).StatusCode.ShouldBe(onTheOtherNode);
    }
}
