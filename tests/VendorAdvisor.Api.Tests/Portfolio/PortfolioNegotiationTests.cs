using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using VendorAdvisor.Api.Features.Portfolio;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Tests.Profiles;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Tests.Portfolio;

/// JSON or NDJSON is the caller's choice (Accept), never the portfolio's size: a client generated from the OpenAPI
/// document for the JSON answer gets it at any size, and the document shows what an NDJSON line is.
[Collection(ApiTests.Name)]
public sealed class PortfolioNegotiationTests(ApiFixture api)
{
    private static readonly object TencentLosesItsEdge = new
    {
        overrides = new object[] { new { vendor = "tencent-cloud", criterion = "latency", score = 2 }, new { vendor = "tencent-cloud", criterion = "payment-integration", score = 2 } },
    };

    private static async Task<HttpResponseMessage> ImpactAsync(HttpClient client, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/portfolio/impact") { Content = JsonContent.Create(TencentLosesItsEdge) };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response;
    }

    /// More active profiles than a JSON answer lists, written straight to the event store (over HTTP it would take a minute).
    private async Task<HttpClient> LargePortfolioAsync(int profiles)
    {
        var (tenant, client) = await api.TenantClientAsync("consultant");
        var store = api.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession(tenant);
        for (var i = 0; i < profiles; i++)
        {
            var id = Guid.CreateVersion7();
            var studio = JsonSerializer.Deserialize<ClientProfile>(JsonSerializer.Serialize(ProfileTests.GameStudio($"Studio {i:D4}")), ApiFixture.Json)!;
            session.Events.StartStream<Profile>(id, ProfileDecisions.Decide(null, new ProfileCommand.Create(id, studio)).Events);
        }
        await session.SaveChangesAsync();
        return client;
    }

    [Fact]
    public async Task A_portfolio_larger_than_the_json_list_answers_json_unless_the_caller_prefers_ndjson()
    {
        var size = AssessPortfolioImpact.JsonLimit + 5;
        var client = await LargePortfolioAsync(size);

        foreach (var accept in new[] { "application/json", null, "*/*", "application/json, application/x-ndjson", "application/x-ndjson;q=0.5, application/*" })
        {
            var response = await ImpactAsync(client, accept);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json", $"Accept: {accept ?? "(none)"}");
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            ((int)answer["totals"]!["profiles"]!).ShouldBe(size);
            ((int)answer["totals"]!["winnerChanged"]!).ShouldBe(size);
            ((bool)answer["complete"]!).ShouldBeFalse("more profiles changed than a JSON answer lists");
            var listed = answer["profiles"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
            listed.Count.ShouldBe(AssessPortfolioImpact.JsonLimit);
            listed.ShouldBe([.. listed.Order(StringComparer.Ordinal)], customMessage: "equal impacts are ordered by name");
            answer.ContainsKey("kind").ShouldBeFalse();
        }

        foreach (var accept in new[] { "application/x-ndjson", "application/json;q=0.5, application/x-ndjson" })
        {
            var response = await ImpactAsync(client, accept);
            response.Content.Headers.ContentType!.MediaType.ShouldBe(AssessPortfolioImpact.NdJson, $"Accept: {accept}");
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            lines.Count(line => (string)line["kind"]! == "profile").ShouldBe(size, "NDJSON has a line for every changed profile");
            ((string)lines[^1]["kind"]!).ShouldBe("summary");
            lines[^1]["profiles"]!.AsArray().Count.ShouldBe(AssessPortfolioImpact.SummaryTop);
        }
    }

    [Fact]
    public async Task The_document_describes_the_json_answer_and_each_kind_of_ndjson_line()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var content = document["paths"]!["/v1/portfolio/impact"]!["post"]!["responses"]!["200"]!["content"]!.AsObject();

        content.Select(media => media.Key).ShouldBe(["application/json", AssessPortfolioImpact.NdJson], "JSON first: generators read the first");
        ((string)content["application/json"]!["schema"]!["$ref"]!).ShouldBe("#/components/schemas/PortfolioImpactResponse");
        schemas["PortfolioImpactResponse"]!["properties"]!.AsObject().Select(p => p.Key).ShouldNotContain("kind");
        schemas["ProfileImpact"]!["properties"]!.AsObject().Select(p => p.Key).ShouldNotContain("kind");

        var line = content[AssessPortfolioImpact.NdJson]!["schema"]!;
        ((string)line["description"]!).ShouldContain("One JSON object per line");
        line["oneOf"]!.AsArray().Select(r => (string)r!["$ref"]!)
            .ShouldBe(["#/components/schemas/PortfolioImpactProfileLine", "#/components/schemas/PortfolioImpactSummaryLine"]);
        ((string)line["discriminator"]!["propertyName"]!).ShouldBe("kind");
        foreach (var (name, kind, field) in new[] { ("PortfolioImpactProfileLine", "profile", "profileId"), ("PortfolioImpactSummaryLine", "summary", "timing") })
        {
            var schema = schemas[name]!;
            schema["required"]!.AsArray().Select(r => (string)r!).ShouldContain("kind");
            schema["required"]!.AsArray().Select(r => (string)r!).ShouldContain(field);
            schema["properties"]!["kind"]!["enum"]!.AsArray().Select(v => (string)v!).ShouldBe([kind]);
        }

        var feed = document["paths"]!["/v1/audit/events"]!["get"]!["responses"]!["200"]!["content"]!["application/x-ndjson"]!["schema"]!;
        ((string)feed["allOf"]![0]!["$ref"]!).ShouldBe("#/components/schemas/AuditEvent", "an export line is one event, not a page");
    }
}
