using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using VendorAdvisor.Api.Features.Portfolio;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Portfolio;

[Collection(ApiTests.Name)]
public sealed class PortfolioImpactTests(ApiFixture api)
{
    /// Takes Tencent Cloud's edge away: a game studio's winner changes, an AWS-estate pharma's does not.
    private static readonly object TencentLosesItsEdge = new
    {
        overrides = new object[]
        {
            new { vendor = "tencent-cloud", criterion = "latency", score = 2, rationale = "What if the gaming edge network went away?" },
            new { vendor = "tencent-cloud", criterion = "payment-integration", score = 2 },
        },
    };

    private static object Pharma(string name) => new
    {
        name,
        sector = "pharmaceuticals",
        origin = "multinational",
        regions = new[] { "mainland-china", "global" },
        existingClouds = new[] { "aws" },
        crossBorderTransfer = true,
        latencySensitivity = "low",
        priceSensitivity = "low",
    };

    private static async Task<JsonObject> ImpactAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync("/v1/portfolio/impact", body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static IEnumerable<string> Names(JsonObject answer) => answer["profiles"]!.AsArray().Select(p => (string)p!["name"]!);

    private async Task<(string Tenant, HttpClient Client)> PortfolioAsync()
    {
        var (tenant, client) = await api.TenantClientAsync("consultant");
        await ProfileTests.CreateAsync(client, ProfileTests.GameStudio("Game studio"));
        await ProfileTests.CreateAsync(client, Pharma("Pharma"));
        var (archived, _) = await ProfileTests.CreateAsync(client, ProfileTests.GameStudio("Archived studio"));
        (await client.DeleteAsync($"/v1/profiles/{archived}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (tenant, client);
    }

    [Fact]
    public async Task Vendors_a_clients_regulatory_readiness_blocks_stay_out_of_both_rankings()
    {
        // Core data sent abroad blocks every vendor, so no proposal can change this studio's advice; ranked without
        // readiness, its winner would change like the plain studio's does.
        var (_, client) = await api.TenantClientAsync("consultant");
        await ProfileTests.CreateAsync(client, ProfileTests.GameStudio("Plain studio"));
        await ProfileTests.CreateAsync(client, new
        {
            name = "Blocked studio",
            sector = "gaming",
            origin = "domestic",
            regions = new[] { "mainland-china" },
            dataCategories = new[] { "personal-information" },
            latencySensitivity = "critical",
            priceSensitivity = "high",
            consumerPaymentsInChina = true,
            crossBorderTransfer = true,
            regulatory = new { coreData = true },
        });

        var answer = await ImpactAsync(client, TencentLosesItsEdge);

        Names(answer).ShouldBe(["Plain studio"]);
        ((int)answer["totals"]!["profiles"]!).ShouldBe(2);
        ((string)answer["regulationCatalogueVersion"]!).ShouldBe("2026.1");
    }

    [Fact]
    public async Task Proposed_overrides_name_the_profiles_whose_winner_changes_and_store_nothing()
    {
        var (tenant, client) = await PortfolioAsync();
        var auditor = api.As(await api.KeyAsync(tenant, "auditor"));
        var eventsBefore = (await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=1000"))!["items"]!.AsArray().Count;

        var answer = await ImpactAsync(client, TencentLosesItsEdge);

        var totals = answer["totals"]!;
        ((int)totals["profiles"]!).ShouldBe(2, "archived profiles are not re-scored");
        ((int)totals["winnerChanged"]!).ShouldBe(1);
        ((bool)answer["complete"]!).ShouldBeTrue();
        ((string)answer["currentCatalog"]!).ShouldEndWith("-r0");
        ((string)answer["proposedCatalog"]!).ShouldBe((string)answer["currentCatalog"]! + " + 2 proposed overrides");
        var first = answer["profiles"]![0]!;
        ((string)first["name"]!).ShouldBe("Game studio");
        ((bool)first["winnerChanged"]!).ShouldBeTrue();
        ((string)first["currentWinner"]!).ShouldBe("tencent-cloud");
        ((string)first["proposedWinner"]!).ShouldNotBe("tencent-cloud");
        var tencent = first["vendors"]!.AsArray().Single(v => (string)v!["vendor"]! == "tencent-cloud")!;
        ((double)tencent["scoreChange"]!).ShouldBeLessThan(0);
        ((double)first["impact"]!).ShouldBe(Math.Abs((double)tencent["scoreChange"]!), 1e-12);
        ((JsonArray)totals["transitions"]!).Single()!["from"]!.GetValue<string>().ShouldBe("tencent-cloud");

        var catalog = (await client.GetFromJsonAsync<JsonObject>("/v1/catalog"))!;
        ((string)catalog["version"]!).ShouldEndWith("-r0", customMessage: "the proposal was not stored");
        (await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=1000"))!["items"]!.AsArray().Count.ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task A_proposal_that_changes_nothing_lists_no_profile()
    {
        var (_, client) = await PortfolioAsync();
        var answer = await ImpactAsync(client, new { overrides = new[] { new { vendor = "tencent-cloud", criterion = "latency", score = 9 } } });

        answer["profiles"]!.AsArray().ShouldBeEmpty();
        ((int)answer["totals"]!["unchanged"]!).ShouldBe(2);
    }

    [Fact]
    public async Task An_override_just_applied_is_assessed_since_the_version_before_it_and_undone_by_naming_that_version()
    {
        var (tenant, client) = await PortfolioAsync();
        var proposal = await ImpactAsync(client, TencentLosesItsEdge);
        var admin = api.As(await api.KeyAsync(tenant, "admin"));
        foreach (var (criterion, rationale) in new[] { ("latency", "Edge network gone."), ("payment-integration", "Payments partner left.") })
        {
            (await admin.PutAsJsonAsync($"/v1/catalog/overrides/tencent-cloud/{criterion}", new { score = 2, uncertainty = 1, rationale }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var since = await ImpactAsync(client, new { since = "2025.1-r0" });
        var back = await ImpactAsync(client, new { catalogVersion = "2025.1-r0" });

        ((string)since["currentCatalog"]!).ShouldBe("2025.1-r0");
        ((string)since["proposedCatalog"]!).ShouldBe("2025.1-r2");
        Names(since).ShouldBe(Names(proposal));
        since["totals"]!["winnerChanged"]!.GetValue<int>().ShouldBe(1);
        var undone = back["profiles"]![0]!;
        ((string)undone["currentWinner"]!).ShouldBe((string)since["profiles"]![0]!["proposedWinner"]!);
        ((string)undone["proposedWinner"]!).ShouldBe("tencent-cloud");
    }

    [Fact]
    public async Task Ndjson_streams_one_line_per_changed_profile_then_a_summary()
    {
        var (_, client) = await PortfolioAsync();
        var json = await ImpactAsync(client, TencentLosesItsEdge);
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/portfolio/impact") { Content = JsonContent.Create(TencentLosesItsEdge) };
        request.Headers.Accept.ParseAdd(AssessPortfolioImpact.NdJson);

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe(AssessPortfolioImpact.NdJson);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        lines.Take(lines.Count - 1).ShouldAllBe(line => (string)line["kind"]! == "profile");
        lines.Take(lines.Count - 1).Select(l => (string)l["name"]!).ShouldBe(Names(json), ignoreOrder: true);
        var summary = lines[^1];
        ((string)summary["kind"]!).ShouldBe("summary");
        summary["totals"]!.ToJsonString().ShouldBe(json["totals"]!.ToJsonString());
        ((string)summary["timing"]!).ShouldStartWith("score;dur=");
    }

    [Fact]
    public async Task Profiles_are_read_in_pages_without_missing_or_repeating_one()
    {
        var (tenant, client) = await api.TenantClientAsync("consultant");
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++) created.Add((await ProfileTests.CreateAsync(client, ProfileTests.GameStudio($"Studio {i}"))).Id);
        (await client.DeleteAsync($"/v1/profiles/{created[3]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await using var session = api.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);

        var read = new List<Guid>();
        await foreach (var profile in PortfolioProfiles.ReadAsync(session, CancellationToken.None, pageSize: 2)) read.Add(profile.Id);

        read.ShouldBe(created.Where((_, i) => i != 3).Order().ToList());
    }

    [Fact]
    public async Task Bad_proposals_get_problem_details_and_other_tenants_profiles_are_never_counted()
    {
        var (tenant, client) = await PortfolioAsync();
        var (_, stranger) = await api.TenantClientAsync("consultant");

        (await ImpactAsync(stranger, TencentLosesItsEdge))["totals"]!["profiles"]!.GetValue<int>().ShouldBe(0);
        foreach (var bad in new object[]
                 {
                     new { },
                     new { since = "2025.1-r0", catalogVersion = "2025.1-r0" },
                     new { overrides = Array.Empty<object>() },
                     new { overrides = new[] { new { vendor = "azure", criterion = "latency", score = 5 } } },
                     new { overrides = new[] { new { vendor = "aws-china", criterion = "latency", score = 11 } } },
                 })
        {
            await (await client.PostAsJsonAsync("/v1/portfolio/impact", bad)).ShouldBeProblemAsync(400);
        }
        await (await client.PostAsJsonAsync("/v1/portfolio/impact", new { since = "2025.1-r9" })).ShouldBeProblemAsync(422);
        await (await client.PostAsJsonAsync("/v1/portfolio/impact", new { catalogVersion = "1999.1-r0" })).ShouldBeProblemAsync(422);
        var auditor = api.As(await api.KeyAsync(tenant, "auditor"));
        await (await auditor.PostAsJsonAsync("/v1/portfolio/impact", TencentLosesItsEdge)).ShouldBeProblemAsync(403);
    }
}
