using System.Net;

namespace VendorAdvisor.Api.Tests.Platform;

[Collection(ApiTests.Name)]
public sealed class RateLimitTests(ApiFixture api)
{
    [Fact]
    public async Task A_key_past_its_allowance_gets_429_with_retry_after_and_other_keys_are_unaffected()
    {
        var tenantId = await api.CreateTenantAsync();
        var busy = await api.KeyAsync(tenantId, "consultant");
        var quiet = await api.KeyAsync(tenantId, "consultant");
        using var limited = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:PermitsPerSecond", "0.1")
            .UseSetting("RateLimits:Burst", "3"));
        HttpClient As(string key)
        {
            var client = limited.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            return client;
        }

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) answers.Add(await As(busy).GetAsync("/v1/me"));

        answers.Take(3).ShouldAllBe(response => response.StatusCode == HttpStatusCode.OK);
        var refused = answers[3];
        var problem = await refused.ShouldBeProblemAsync(429);
        ((string?)problem["detail"]).ShouldNotBeNullOrWhiteSpace();
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await As(quiet).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await limited.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
