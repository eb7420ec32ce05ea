using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Reports;

[Collection(ApiTests.Name)]
public sealed class ReportTests(ApiFixture api)
{
    internal const string ScriptName = "<script>alert('x')</script> & Sons";

    /// A profile whose name is markup, with a constraint that excludes a vendor, and its recommendation.
    internal static async Task<(Guid RecommendationId, JsonObject Recommendation)> IssueAsync(HttpClient client, int samples = 2000)
    {
        var (profileId, _) = await ProfileTests.CreateAsync(client, new
        {
            name = ScriptName,
            sector = "gaming",
            origin = "domestic",
            regions = new[] { "mainland-china" },
            latencySensitivity = "critical",
            priceSensitivity = "high",
            consumerPaymentsInChina = true,
            constraints = new { excludedVendors = new[] { "aws-china" } },
        });
        var response = await client.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { samples, seed = 7 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (Guid.Parse((string)body["id"]!), body);
    }

    internal static async Task<HttpResponseMessage> ReportAsync(HttpClient client, Guid id, string? accept = "text/html")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/recommendations/{id}/report");
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_report_is_one_self_contained_html_page_with_every_section_and_three_charts()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, recommendation) = await IssueAsync(client);

        var response = await ReportAsync(client, id);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldStartWith("<!DOCTYPE html><html lang=\"en\">");
        foreach (var section in new[] { "summary", "profile", "ranking", "weights", "uncertainty", "stability", "constraints", "strengths", "assessments", "reproducibility" })
        {
            html.ShouldContain($"<section id=\"{section}\"");
        }
        foreach (var chart in new[] { "chart-contributions", "chart-probability-first", "chart-stability" }) html.ShouldContain($"id=\"{chart}\"");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldNotContain(" href=", Case.Insensitive);
        html.Replace("http://www.w3.org/2000/svg", "").ShouldNotContain("http", Case.Insensitive, "no external reference of any kind");
        html.ShouldContain("@media print");
        html.ShouldContain("size: A4");

        var winner = recommendation["ranking"]![0]!;
        html.ShouldContain($"Recommended: {(string)winner["name"]!}");
        html.ShouldContain((string)recommendation["hash"]!);
        html.ShouldContain((string)recommendation["catalogVersion"]!);
        html.ShouldContain((string)recommendation["manifest"]!["engineVersion"]!);
        html.ShouldContain("AWS China</td><td>the client&#39;s constraints exclude it");
        html.ShouldContain("AWS Retreats Quietly in China", Case.Sensitive, "the sources behind the assessments are cited");
    }

    [Fact]
    public async Task A_profile_named_like_markup_reads_as_text()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await IssueAsync(client);

        var html = await (await ReportAsync(client, id)).Content.ReadAsStringAsync();

        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons");
        html.ShouldNotContain("<script>alert");
    }

    [Fact]
    public async Task Auditors_read_reports_and_a_browser_accept_header_is_enough()
    {
        var (tenant, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await IssueAsync(client, samples: 0);
        var auditor = api.As(await api.KeyAsync(tenant, "auditor"));

        var response = await ReportAsync(auditor, id, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Not simulated");
        html.ShouldNotContain("id=\"chart-probability-first\"");
        (await ReportAsync(client, id, accept: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Errors_stay_problem_details_whatever_accept_says()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await IssueAsync(client, samples: 0);
        var (_, stranger) = await api.TenantClientAsync("consultant");

        await (await ReportAsync(stranger, id)).ShouldBeProblemAsync(404);
        await (await ReportAsync(client, Guid.CreateVersion7())).ShouldBeProblemAsync(404);
        await (await ReportAsync(client, id, "application/json")).ShouldBeProblemAsync(406);
        await (await ReportAsync(api.Anonymous(), id)).ShouldBeProblemAsync(401);
        var notAnId = new HttpRequestMessage(HttpMethod.Get, "/v1/recommendations/not-a-guid/report");
        notAnId.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        ((int)(await client.SendAsync(notAnId)).StatusCode).ShouldBeOneOf(400, 404);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_report_as_html_and_its_errors_as_problem_details()
    {
        var document = (await api.Anonymous().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;
        var operation = document["paths"]!["/v1/recommendations/{recommendationId}/report"]!["get"]!;

        var ok = operation["responses"]!["200"]!["content"]!.AsObject();
        ok.Select(pair => pair.Key).ShouldBe(["text/html"]);
        ((string)ok["text/html"]!["schema"]!["type"]!).ShouldBe("string");
        ((string)ok["text/html"]!["example"]!).ShouldStartWith("<!DOCTYPE html>");
        foreach (var status in new[] { "401", "403", "404", "406" })
        {
            operation["responses"]![status]!["content"]!["application/problem+json"].ShouldNotBeNull(status);
        }
        var stream = document["paths"]!["/v1/audit/stream"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
        stream.Select(pair => pair.Key).ShouldBe(["text/event-stream"]);
    }
}
