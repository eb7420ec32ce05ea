using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Isolation;

/// One tenant never reaches another's data: every id of another tenant answers 404 problem details (never 403,
/// never data), and the attempt changes nothing the owner can see.
[Collection(ApiTests.Name)]
public sealed class CrossTenantTests(ApiFixture api)
{
    private static object Client(string name) => new
    {
        name,
        sector = "automotive",
        origin = "domestic",
        regions = new[] { "mainland-china" },
        dataCategories = new[] { "personal-information", "important-data" },
        latencySensitivity = "medium",
        priceSensitivity = "medium",
        consumerPaymentsInChina = true,
        geopoliticalRiskSensitivity = "high",
    };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<JsonObject> CreateProfileAsync(HttpClient client, string name) =>
        await BodyAsync(await client.PostAsync("/v1/profiles", Json(Client(name))), HttpStatusCode.Created);

    private static async Task<Guid> IssueAsync(HttpClient client, Guid profileId) =>
        Guid.Parse((string)(await BodyAsync(
            await client.PostAsync($"/v1/profiles/{profileId}/recommendations", Json(new { samples = 200, seed = 7 })),
            HttpStatusCode.Created))["id"]!);

    private static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return request;
    }

    /// Tenant A's profile, changed once (so that it has a past version) with two recommendations, and what A sees of it.
    private sealed record Victim(
        HttpClient Client, HttpClient Admin, Guid ProfileId, string Name, Guid First, Guid Second, string ETag, JsonObject Profile,
        long RecommendationTotal, int StoredEvents);

    private async Task<Victim> VictimAsync()
    {
        var tenantId = await api.CreateTenantAsync();
        var client = api.As(await api.KeyAsync(tenantId, "consultant"));
        var admin = api.As(await api.KeyAsync(tenantId, "admin"));
        var name = $"Victim {Guid.NewGuid():N}";
        var created = await CreateProfileAsync(client, name);
        var profileId = Guid.Parse((string)created["id"]!);
        var patched = await client.SendAsync(Request(HttpMethod.Patch, $"/v1/profiles/{profileId}", new { priceSensitivity = "high" }, "\"1\""));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var first = await IssueAsync(client, profileId);
        var second = await IssueAsync(client, profileId);

        var (etag, profile) = await ReadAsync(client, profileId);
        ((long)profile["version"]!).ShouldBe(2);
        ((int)profile["recommendations"]!).ShouldBe(2);
        var total = await RecommendationTotalAsync(client, profileId);
        total.ShouldBe(2);
        var events = (await ApiFixture.StoredEventsAsync(profileId)).Count;
        events.ShouldBe(4);
        return new Victim(client, admin, profileId, name, first, second, etag, profile, total, events);
    }

    private static async Task<(string ETag, JsonObject Profile)> ReadAsync(HttpClient client, Guid profileId)
    {
        var response = await client.GetAsync($"/v1/profiles/{profileId}");
        var body = await BodyAsync(response, HttpStatusCode.OK);
        return (response.Headers.ETag!.Tag, body);
    }

    private static async Task<long> RecommendationTotalAsync(HttpClient client, Guid profileId) =>
        (long)(await BodyAsync(await client.GetAsync($"/v1/profiles/{profileId}/recommendations"), HttpStatusCode.OK))["total"]!;

    /// The owner re-reads its data: nothing moved.
    private static async Task ShouldBeUnchangedAsync(Victim victim)
    {
        var (etag, profile) = await ReadAsync(victim.Client, victim.ProfileId);
        etag.ShouldBe(victim.ETag);
        profile.ToJsonString().ShouldBe(victim.Profile.ToJsonString(), "the profile as its owner reads it is exactly as before");
        (await RecommendationTotalAsync(victim.Client, victim.ProfileId)).ShouldBe(victim.RecommendationTotal);
        (await ApiFixture.StoredEventsAsync(victim.ProfileId)).Count.ShouldBe(victim.StoredEvents,
            "no event was appended to a stream with the profile's id, in any tenant");
        foreach (var id in new[] { victim.First, victim.Second })
        {
            (await victim.Client.GetAsync($"/v1/recommendations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await victim.Client.GetAsync($"/v1/recommendations/{victim.First}/diff/{victim.Second}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// A 404 problem that gives nothing of the other tenant's data away.
    private static async Task ShouldBeNotFoundAsync(HttpResponseMessage response, Victim victim, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(404, $"{what}: {text}");
        var problem = await response.ShouldBeProblemAsync(404);
        var json = problem.ToJsonString();
        json.ShouldNotContain(victim.Name, Case.Insensitive, what);
        json.ShouldNotContain("\"ranking\"", Case.Sensitive, what);
        response.Headers.ETag.ShouldBeNull(what);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("consultant")]
    [InlineData("auditor")]
    public async Task Every_route_with_another_tenants_id_answers_404_and_changes_nothing(string role)
    {
        var victim = await VictimAsync();
        var (_, intruder) = await api.TenantClientAsync(role);
        var profile = $"/v1/profiles/{victim.ProfileId}";
        var asOf = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));

        var attempts = new List<(string What, Func<HttpRequestMessage> Make)>
        {
            ("GET profile", () => Request(HttpMethod.Get, profile)),
            ("GET profile ?version=1", () => Request(HttpMethod.Get, $"{profile}?version=1")),
            ("GET profile ?version=2", () => Request(HttpMethod.Get, $"{profile}?version=2")),
            ("GET profile ?asOf", () => Request(HttpMethod.Get, $"{profile}?asOf={asOf}")),
            ("GET recommendations of the profile", () => Request(HttpMethod.Get, $"{profile}/recommendations")),
            ("GET recommendation", () => Request(HttpMethod.Get, $"/v1/recommendations/{victim.First}")),
            ("GET diff of two foreign recommendations", () => Request(HttpMethod.Get, $"/v1/recommendations/{victim.First}/diff/{victim.Second}")),
            ("GET profile events", () => Request(HttpMethod.Get, $"{profile}/events")),
            ("POST replay", () => Request(HttpMethod.Post, $"/v1/recommendations/{victim.First}/replay")),
        };
        if (role is "admin" or "consultant")
        {
            attempts.AddRange(
            [
                ("PATCH with the owner's ETag", () => Request(HttpMethod.Patch, profile, new { name = "Taken over" }, victim.ETag)),
                ("PATCH with If-Match *", () => Request(HttpMethod.Patch, profile, new { name = "Taken over" }, "*")),
                ("DELETE", () => Request(HttpMethod.Delete, profile)),
                ("DELETE with the owner's ETag", () => Request(HttpMethod.Delete, profile, ifMatch: victim.ETag)),
                ("POST recommendation without a body", () => Request(HttpMethod.Post, $"{profile}/recommendations")),
                ("POST recommendation with options", () => Request(HttpMethod.Post, $"{profile}/recommendations", new { method = "topsis", samples = 100 })),
                ("POST recommendation with an Idempotency-Key", () => Request(HttpMethod.Post, $"{profile}/recommendations", new { samples = 100 }, idempotencyKey: "steal-1")),
            ]);
        }
        if (role is "admin" or "auditor")
        {
            attempts.Add(("GET audit verify ?profileId", () => Request(HttpMethod.Get, $"/v1/audit/verify?profileId={victim.ProfileId}")));
        }

        foreach (var (what, make) in attempts)
        {
            await ShouldBeNotFoundAsync(await intruder.SendAsync(make()), victim, what);
        }

        await ShouldBeUnchangedAsync(victim);
    }

    [Fact]
    public async Task Comparing_ones_own_recommendation_with_another_tenants_answers_404_either_way()
    {
        var victim = await VictimAsync();
        var (_, intruder) = await api.TenantClientAsync("consultant");
        var own = Guid.Parse((string)(await CreateProfileAsync(intruder, "Intruder's own client"))["id"]!);
        var ownRecommendation = await IssueAsync(intruder, own);

        foreach (var url in new[]
        {
            $"/v1/recommendations/{ownRecommendation}/diff/{victim.First}",
            $"/v1/recommendations/{victim.Second}/diff/{ownRecommendation}",
            $"/v1/recommendations/{victim.First}/diff/{victim.Second}",
        })
        {
            await ShouldBeNotFoundAsync(await intruder.GetAsync(url), victim, url);
        }
        // Its own comparison still works.
        (await intruder.GetAsync($"/v1/recommendations/{ownRecommendation}/diff/{ownRecommendation}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeUnchangedAsync(victim);
    }

    [Fact]
    public async Task The_owner_can_still_do_everything_after_another_tenant_tried()
    {
        var victim = await VictimAsync();
        var (_, intruder) = await api.TenantClientAsync("admin");
        (await intruder.SendAsync(Request(HttpMethod.Patch, $"/v1/profiles/{victim.ProfileId}", new { name = "x" }, victim.ETag)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.DeleteAsync($"/v1/profiles/{victim.ProfileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var patched = await victim.Client.SendAsync(Request(HttpMethod.Patch, $"/v1/profiles/{victim.ProfileId}", new { name = "Renamed by its owner" }, victim.ETag));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        patched.Headers.ETag!.Tag.ShouldBe("\"5\"");
        (await IssueAsync(victim.Client, victim.ProfileId)).ShouldNotBe(Guid.Empty);
        (await RecommendationTotalAsync(victim.Client, victim.ProfileId)).ShouldBe(3);
    }

    [Fact]
    public async Task A_tenants_profile_list_never_holds_another_tenants_profiles()
    {
        var victim = await VictimAsync();
        var archived = await CreateProfileAsync(victim.Client, victim.Name + " (archived)");
        (await victim.Client.DeleteAsync($"/v1/profiles/{archived["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var (_, intruder) = await api.TenantClientAsync("consultant");
        var own = await CreateProfileAsync(intruder, "Intruder's own client");

        foreach (var query in new[]
        {
            "",
            "?includeArchived=true",
            "?sector=automotive&origin=domestic",
            "?limit=100&includeArchived=true",
        })
        {
            var list = await BodyAsync(await intruder.GetAsync($"/v1/profiles{query}"), HttpStatusCode.OK);
            list["items"]!.AsArray().Select(item => (string)item!["id"]!).ShouldBe([(string)own["id"]!], query);
            ((long)list["total"]!).ShouldBe(1, query);
        }
        foreach (var search in new[] { victim.Name, victim.Name.ToUpperInvariant(), "Victim", "archived" })
        {
            var list = await BodyAsync(await intruder.GetAsync($"/v1/profiles?includeArchived=true&search={Uri.EscapeDataString(search)}"), HttpStatusCode.OK);
            list["items"]!.AsArray().ShouldBeEmpty(search);
            ((long)list["total"]!).ShouldBe(0, search);
            list.ToJsonString().ShouldNotContain(victim.Name, Case.Insensitive);
        }

        // The owner finds its own with the same search.
        var mine = await BodyAsync(await victim.Client.GetAsync($"/v1/profiles?includeArchived=true&search={Uri.EscapeDataString(victim.Name)}"), HttpStatusCode.OK);
        ((long)mine["total"]!).ShouldBe(2);
    }

    [Fact]
    public async Task A_catalog_override_in_one_tenant_leaves_another_tenants_catalog_alone()
    {
        var owner = await api.CreateTenantAsync();
        var ownerAdmin = api.As(await api.KeyAsync(owner, "admin"));
        var (_, other) = await api.TenantClientAsync("admin");
        var published = await BodyAsync(await other.GetAsync("/v1/vendors/huawei-cloud"), HttpStatusCode.OK);
        var publishedScore = (double)published["assessments"]!.AsArray().Single(a => (string)a!["criterion"]! == "multinational-footprint")!["score"]!;
        var score = publishedScore >= 9 ? 1 : 9.5;

        var overridden = await ownerAdmin.PutAsJsonAsync("/v1/catalog/overrides/huawei-cloud/multinational-footprint",
            new { score, uncertainty = 0.5, rationale = "Only this tenant sees it so." });
        overridden.StatusCode.ShouldBe(HttpStatusCode.OK, await overridden.Content.ReadAsStringAsync());
        var ownerCatalog = await BodyAsync(await ownerAdmin.GetAsync("/v1/catalog"), HttpStatusCode.OK);
        ((string)ownerCatalog["version"]!).ShouldEndWith("-r1");

        var catalog = await BodyAsync(await other.GetAsync("/v1/catalog"), HttpStatusCode.OK);
        ((string)catalog["version"]!).ShouldEndWith("-r0");
        ((long)catalog["revision"]!).ShouldBe(0);
        var assessments = catalog["vendors"]!.AsArray().SelectMany(vendor => vendor!["assessments"]!.AsArray()).ToList();
        assessments.ShouldAllBe(assessment => !(bool)assessment!["overridden"]!);
        catalog.ToJsonString().ShouldNotContain("Only this tenant sees it so.");
        var huawei = await BodyAsync(await other.GetAsync("/v1/vendors/huawei-cloud"), HttpStatusCode.OK);
        ((string)huawei["catalogVersion"]!).ShouldEndWith("-r0");
        var footprint = huawei["assessments"]!.AsArray().Single(a => (string)a!["criterion"]! == "multinational-footprint")!;
        ((double)footprint["score"]!).ShouldBe(publishedScore);
        ((bool)footprint["overridden"]!).ShouldBeFalse();
        var vendors = await BodyAsync(await other.GetAsync("/v1/vendors"), HttpStatusCode.OK);
        ((string)vendors["catalogVersion"]!).ShouldEndWith("-r0");

        // The other tenant never had the owner's revision, and cannot remove the owner's override.
        await (await other.GetAsync($"/v1/catalog?version={ownerCatalog["version"]}")).ShouldBeProblemAsync(404);
        await (await other.DeleteAsync("/v1/catalog/overrides/huawei-cloud/multinational-footprint")).ShouldBeProblemAsync(404);
        var after = await BodyAsync(await ownerAdmin.GetAsync("/v1/catalog"), HttpStatusCode.OK);
        ((string)after["version"]!).ShouldBe((string)ownerCatalog["version"]!);

        // The other tenant's recommendations use the published catalog.
        var profileId = Guid.Parse((string)(await CreateProfileAsync(other, "Other tenant's client"))["id"]!);
        var recommendation = await BodyAsync(await other.PostAsync($"/v1/profiles/{profileId}/recommendations", Json(new { samples = 0 })), HttpStatusCode.Created);
        ((string)recommendation["catalogVersion"]!).ShouldEndWith("-r0");
    }

    [Fact]
    public async Task An_idempotency_key_of_one_tenant_does_not_replay_for_another()
    {
        var (_, owner) = await api.TenantClientAsync("consultant");
        var (_, other) = await api.TenantClientAsync("consultant");
        var key = $"create-{Guid.NewGuid():N}";
        var body = Client("Same client, two consultancies");

        var first = await owner.SendAsync(Request(HttpMethod.Post, "/v1/profiles", body, idempotencyKey: key));
        var ownerProfile = await BodyAsync(first, HttpStatusCode.Created);
        var replayed = await owner.SendAsync(Request(HttpMethod.Post, "/v1/profiles", body, idempotencyKey: key));
        (await BodyAsync(replayed, HttpStatusCode.Created))["id"]!.ToString().ShouldBe(ownerProfile["id"]!.ToString());
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);

        var second = await other.SendAsync(Request(HttpMethod.Post, "/v1/profiles", body, idempotencyKey: key));
        var otherProfile = await BodyAsync(second, HttpStatusCode.Created);
        second.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        ((string)otherProfile["id"]!).ShouldNotBe((string)ownerProfile["id"]!);
        second.Headers.Location!.ToString().ShouldBe($"/v1/profiles/{otherProfile["id"]}");

        // A key the owner used with one body is, for the other tenant, a fresh key for another body: 201, never 422.
        var otherKey = $"{key}-x";
        (await owner.SendAsync(Request(HttpMethod.Post, "/v1/profiles", Client("Owner's second client"), idempotencyKey: otherKey)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var third = await other.SendAsync(Request(HttpMethod.Post, "/v1/profiles", Client("Other's second client"), idempotencyKey: otherKey));
        await BodyAsync(third, HttpStatusCode.Created);
        third.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();

        // Each tenant sees only its own profile, and not the other's.
        await (await other.GetAsync($"/v1/profiles/{ownerProfile["id"]}")).ShouldBeProblemAsync(404);
        await (await owner.GetAsync($"/v1/profiles/{otherProfile["id"]}")).ShouldBeProblemAsync(404);
        var otherList = await BodyAsync(await other.GetAsync("/v1/profiles?search=Same%20client"), HttpStatusCode.OK);
        otherList["items"]!.AsArray().Select(item => (string)item!["id"]!).ShouldBe([(string)otherProfile["id"]!]);
        var ownerList = await BodyAsync(await owner.GetAsync("/v1/profiles?search=Same%20client"), HttpStatusCode.OK);
        ownerList["items"]!.AsArray().Select(item => (string)item!["id"]!).ShouldBe([(string)ownerProfile["id"]!]);
    }
}
