using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace VendorAdvisor.Api.Tests.Platform;

/// What a browser (or a polite polling client) relies on: CORS from an allow-list, ETag and 304 on GETs,
/// Link rel=next on lists, and RateLimit-* headers.
[Collection(ApiTests.Name)]
public sealed class BrowserHttpTests(ApiFixture api)
{
    [Fact]
    public async Task A_get_answers_an_etag_and_if_none_match_gets_304_until_the_resource_changes()
    {
        var (tenantId, client) = await api.TenantClientAsync("admin");
        var first = await client.GetAsync("/v1/vendors/tencent-cloud");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull().ToString();

        var again = new HttpRequestMessage(HttpMethod.Get, "/v1/vendors/tencent-cloud");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var notModified = await client.SendAsync(again);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        var put = await client.PutAsJsonAsync("/v1/catalog/overrides/tencent-cloud/latency", new { score = 6.5, uncertainty = 1, rationale = "Measured from Chengdu." });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var changed = new HttpRequestMessage(HttpMethod.Get, "/v1/vendors/tencent-cloud");
        changed.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var fresh = await client.SendAsync(changed);
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        fresh.Headers.ETag!.ToString().ShouldNotBe(etag);
        tenantId.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_list_answers_304_when_unchanged_and_links_its_next_page()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/v1/profiles", new { name = $"Linked {i}", sector = "retail", origin = "domestic" })).EnsureSuccessStatusCode();
        }

        var page = await client.GetAsync("/v1/profiles?limit=2&sector=retail");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Link").ShouldHaveSingleItem().ShouldBe("</v1/profiles?limit=2&sector=retail&page=2>; rel=\"next\"");
        var last = await client.GetAsync("/v1/profiles?limit=2&sector=retail&page=2");
        last.Headers.Contains("Link").ShouldBeFalse();

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/v1/profiles?limit=2&sector=retail");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", page.Headers.ETag!.ToString());
        (await client.SendAsync(conditional)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_audit_feed_links_its_next_page_by_cursor()
    {
        var tenantId = await api.CreateTenantAsync();
        var auditor = api.As(await api.KeyAsync(tenantId, "auditor"));
        await api.KeyAsync(tenantId, "consultant");

        var feed = await auditor.GetAsync("/v1/audit/events?limit=1");

        var next = (string)(await feed.Content.ReadFromJsonAsync<JsonObject>())!["next"]!;
        feed.Headers.GetValues("Link").ShouldHaveSingleItem().ShouldBe($"</v1/audit/events?limit=1&after={Uri.EscapeDataString(next)}>; rel=\"next\"");
    }

    [Fact]
    public async Task Limited_responses_carry_ratelimit_headers_that_count_down()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var first = await client.GetAsync("/v1/me");
        var second = await client.GetAsync("/v1/me");

        int Header(HttpResponseMessage response, string name) =>
            int.Parse(response.Headers.GetValues(name).Single(), System.Globalization.CultureInfo.InvariantCulture);
        Header(first, "RateLimit-Limit").ShouldBe(400);
        Header(second, "RateLimit-Remaining").ShouldBeLessThan(400);
        Header(second, "RateLimit-Reset").ShouldBeGreaterThanOrEqualTo(0);
        (await api.Anonymous().GetAsync("/health/live")).Headers.Contains("RateLimit-Limit").ShouldBeFalse();
    }

    [Fact]
    public async Task Cors_answers_preflights_only_for_configured_origins()
    {
        using var configured = api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Cors:AllowedOrigins:0", "https://app.example.test"));
        HttpRequestMessage Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/v1/profiles");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "PATCH");
            request.Headers.Add("Access-Control-Request-Headers", "x-api-key,if-match,content-type");
            return request;
        }

        var allowed = await configured.CreateClient().SendAsync(Preflight("https://app.example.test"));
        allowed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://app.example.test"]);
        allowed.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("PATCH");

        var other = await configured.CreateClient().SendAsync(Preflight("https://evil.example.test"));
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        var byDefault = await api.Anonymous().SendAsync(Preflight("https://app.example.test"));
        byDefault.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();

        var (_, client) = await api.TenantClientAsync("consultant");
        var get = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
        get.Headers.Add("Origin", "https://app.example.test");
        get.Headers.Add("X-Api-Key", client.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var simple = await configured.CreateClient().SendAsync(get);
        simple.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("ETag");
    }

    [Fact]
    public void In_production_the_api_refuses_to_start_without_the_system_administrator_key()
    {
        using var production = api.Factory.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Admin:ApiKey", ""));

        var refused = Should.Throw<InvalidOperationException>(() => production.CreateClient());

        refused.Message.ShouldContain("Admin__ApiKey");
    }
}
