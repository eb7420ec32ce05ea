using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Regulation;

/// Regulatory readiness over HTTP against PostgreSQL: facts on the profile as events, the readiness endpoint, the
/// readiness block and its effect in recommendations and what-ifs, replay and the regulation catalogue.
[Collection(ApiTests.Name)]
public sealed class ReadinessTests(ApiFixture api)
{
    private static object Studio(object? regulatory = null, bool crossBorderTransfer = false) => new
    {
        name = "Game studio",
        sector = "gaming",
        origin = "domestic",
        regions = new[] { "mainland-china" },
        latencySensitivity = "high",
        priceSensitivity = "medium",
        consumerPaymentsInChina = true,
        crossBorderTransfer,
        regulatory,
    };

    private static readonly object Known = new
    {
        personalInformationSubjectsPerYear = 0,
        sensitivePersonalInformationSubjectsPerYear = 0,
        criticalInformationInfrastructureOperator = false,
        importantData = false,
        coreData = false,
        publicWebsiteInMainland = true,
        commercialInternetService = false,
        mlpsLevel = 2,
    };

    private static async Task<JsonObject> Body(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<(HttpClient Client, Guid Id, string ETag)> CreateAsync(object profile)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var response = await client.PostAsJsonAsync("/v1/profiles", profile);
        var body = await Body(response, HttpStatusCode.Created);
        return (client, (Guid)body["id"]!, response.Headers.ETag!.Tag);
    }

    private static string[] Statuses(JsonObject readiness) =>
        [.. readiness["vendors"]!.AsArray().Select(v => (string)v!["status"]!)];

    [Fact]
    public async Task Readiness_of_a_profile_without_facts_is_unknown_and_names_each_open_fact()
    {
        var (client, id, _) = await CreateAsync(Studio());
        var body = await Body(await client.GetAsync($"/v1/profiles/{id}/readiness"), HttpStatusCode.OK);
        var readiness = body["readiness"]!.AsObject();
        Statuses(readiness).ShouldAllBe(s => s == "unknown");
        readiness["unknowns"]!.AsArray().Select(u => (string)u!["fact"]!).ShouldContain("mlpsLevel");
        ((string)readiness["catalogueVersion"]!).ShouldBe("2026.1");
        ((string)readiness["disclaimer"]!).ShouldContain("not legal advice");
    }

    [Fact]
    public async Task Facts_set_on_create_give_a_conditional_answer_with_sourced_obligations()
    {
        var (client, id, _) = await CreateAsync(Studio(Known));
        var readiness = (await Body(await client.GetAsync($"/v1/profiles/{id}/readiness"), HttpStatusCode.OK))["readiness"]!.AsObject();
        Statuses(readiness).ShouldAllBe(s => s == "conditional");
        var rules = readiness["clientObligations"]!.AsArray().Select(o => (string)o!["ruleId"]!).ToArray();
        rules.ShouldBe(["mlps-filing", "icp-filing"], ignoreOrder: true);
        var icp = readiness["clientObligations"]!.AsArray().Single(o => (string)o!["ruleId"]! == "icp-filing")!;
        ((int)icp["leadTime"]!["max"]!).ShouldBe(20);
        ((string)icp["leadTime"]!["basis"]!).ShouldBe("sourced");
        icp["sources"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_patch_of_one_fact_is_an_event_holding_only_that_fact_and_leaves_the_others_as_they_were()
    {
        var (client, id, etag) = await CreateAsync(Studio(Known));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = JsonContent.Create(new { regulatory = new { mlpsLevel = 3 } }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var updated = await Body(await client.SendAsync(request), HttpStatusCode.OK);
        var facts = updated["profile"]!["regulatory"]!.AsObject();
        ((int)facts["mlpsLevel"]!).ShouldBe(3);
        ((bool)facts["publicWebsiteInMainland"]!).ShouldBeTrue();
        ((int)facts["personalInformationSubjectsPerYear"]!).ShouldBe(0);

        var events = await ApiFixture.StoredEventsAsync(id);
        var change = events.Single(e => (string)e["type"]! == "profile_regulatory_facts_changed");
        var changes = change["data"]!["Changes"] ?? change["data"]!["changes"];
        changes!.AsObject().Select(p => p.Key).ShouldBe(["mlpsLevel"]);
    }

    [Fact]
    public async Task Bad_facts_get_400_with_field_paths_and_change_nothing()
    {
        var (client, id, etag) = await CreateAsync(Studio(Known));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}")
        {
            Content = JsonContent.Create(new { regulatory = new { mlpsLevel = 9, transferExemptions = new[] { "tourism" } } }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request);
        var problem = await Body(response, HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.ToJsonString().ShouldContain("regulatory.mlpsLevel");
        problem.ToJsonString().ShouldContain("tourism");
        (await ApiFixture.StoredEventsAsync(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Core_data_sent_abroad_blocks_every_vendor_and_the_recommendation_excludes_them_with_the_reason()
    {
        var (client, id, _) = await CreateAsync(Studio(new { coreData = true, importantData = true, personalInformationSubjectsPerYear = 1000, mlpsLevel = 3 }, crossBorderTransfer: true));
        var recommendation = await Body(await client.PostAsJsonAsync($"/v1/profiles/{id}/recommendations", new { samples = 0 }), HttpStatusCode.Created);
        recommendation["ranking"]!.AsArray().ShouldBeEmpty();
        recommendation["excluded"]!.AsArray().Count.ShouldBe(4);
        ((string)recommendation["excluded"]![0]!["reason"]!).ShouldContain("dsl-core-data-no-transfer");
        Statuses(recommendation["readiness"]!.AsObject()).ShouldAllBe(s => s == "blocked");
        ((string)recommendation["manifest"]!["regulationCatalogueVersion"]!).ShouldBe("2026.1");
    }

    [Fact]
    public async Task A_conditional_answer_moves_regulatory_alignment_by_the_documented_rule_in_recommendations_and_what_ifs()
    {
        var (client, id, _) = await CreateAsync(Studio(Known));
        var recommendation = await Body(await client.PostAsJsonAsync($"/v1/profiles/{id}/recommendations", new { samples = 0 }), HttpStatusCode.Created);
        var weight = recommendation["weights"]!.AsArray().Single(w => (string)w!["criterion"]! == "regulatory-alignment")!;
        weight["adjustments"]!.AsArray().ShouldContain(a => (string)a!["rule"]! == "regulatory-alignment-readiness-2026.1");
        recommendation["manifest"]!["overriddenAssessments"]!.AsArray().Select(a => (string)a!)
            .ShouldContain(a => a.StartsWith("alibaba-cloud/regulatory-alignment", StringComparison.Ordinal) && a.Contains("readiness rule", StringComparison.Ordinal));
        ((string)recommendation["manifest"]!["readinessRule"]!).ShouldBe("regulatory-alignment-readiness-2026.1");

        var whatIf = await Body(await client.PostAsJsonAsync("/v1/evaluate", Studio(Known)), HttpStatusCode.OK);
        Statuses(whatIf["readiness"]!.AsObject()).ShouldAllBe(s => s == "conditional");
    }

    [Fact]
    public async Task Replay_rebuilds_readiness_from_the_recorded_regulation_catalogue_version()
    {
        var (client, id, _) = await CreateAsync(Studio(Known));
        var recommendation = await Body(await client.PostAsJsonAsync($"/v1/profiles/{id}/recommendations", new { samples = 200 }), HttpStatusCode.Created);
        var replay = await Body(await client.PostAsync($"/v1/recommendations/{(string)recommendation["id"]!}/replay", null), HttpStatusCode.OK);
        ((bool)replay["identical"]!).ShouldBeTrue(replay.ToJsonString());
    }

    [Fact]
    public async Task The_regulation_catalogue_is_readable_with_its_sources_and_an_unknown_version_is_404()
    {
        var (_, client) = await api.TenantClientAsync("auditor");
        var catalogue = await Body(await client.GetAsync("/v1/regulations"), HttpStatusCode.OK);
        catalogue["sources"]!.AsArray().ShouldContain(s => (string)s!["id"]! == "cbdf-provisions-2024");
        ((long)catalogue["thresholds"]!["securityAssessmentOrdinarySubjects"]!).ShouldBe(1_000_000);
        var missing = await client.GetAsync("/v1/regulations?version=1999.1");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_tenants_profile_has_no_readiness_here()
    {
        var (_, id, _) = await CreateAsync(Studio(Known));
        var (_, stranger) = await api.TenantClientAsync("consultant");
        (await stranger.GetAsync($"/v1/profiles/{id}/readiness")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_diff_names_the_regulation_catalogues_the_changed_facts_and_whose_readiness_moved()
    {
        var (client, id, etag) = await CreateAsync(Studio(Known));
        var first = await Body(await client.PostAsJsonAsync($"/v1/profiles/{id}/recommendations", new { samples = 0 }), HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = JsonContent.Create(new { regulatory = new { mlpsLevel = 1, publicWebsiteInMainland = false } }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        await Body(await client.SendAsync(request), HttpStatusCode.OK);
        var second = await Body(await client.PostAsJsonAsync($"/v1/profiles/{id}/recommendations", new { samples = 0 }), HttpStatusCode.Created);

        var diff = await Body(await client.GetAsync($"/v1/recommendations/{(string)first["id"]!}/diff/{(string)second["id"]!}"), HttpStatusCode.OK);
        diff["changedAttributes"]!.AsArray().Select(a => (string)a!).ShouldContain("regulatory");
        ((string)diff["regulationCatalogueFrom"]!).ShouldBe("2026.1");
        ((string)diff["regulationCatalogueTo"]!).ShouldBe("2026.1");
        // Nothing left to do before go-live: every vendor moved from conditional to ready.
        var moves = diff["readinessChanges"]!.AsArray();
        moves.Count.ShouldBe(4);
        moves.ShouldAllBe(m => (string)m!["from"]! == "conditional" && (string)m!["to"]! == "ready");
    }
}
