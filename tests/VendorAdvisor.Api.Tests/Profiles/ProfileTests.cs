using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Profiles;

[Collection(ApiTests.Name)]
public sealed class ProfileTests(ApiFixture api)
{
    internal static object GameStudio(string? name = null) => new
    {
        name = name ?? "Shanghai game studio",
        sector = "gaming",
        origin = "domestic",
        regions = new[] { "mainland-china" },
        dataCategories = new[] { "personal-information" },
        latencySensitivity = "critical",
        priceSensitivity = "high",
        consumerPaymentsInChina = true,
    };

    internal static async Task<(Guid Id, string ETag)> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/v1/profiles", body ?? GameStudio());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var profile = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (Guid.Parse((string)profile["id"]!), response.Headers.ETag!.Tag);
    }

    private static StringContent Json(object body) => JsonContent(System.Text.Json.JsonSerializer.Serialize(body));

    private static StringContent JsonContent(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Creating_a_profile_answers_201_with_location_etag_and_the_client_as_given()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var response = await client.PostAsJsonAsync("/v1/profiles", GameStudio());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        response.Headers.Location!.ToString().ShouldBe($"/v1/profiles/{body["id"]}");
        ((string)body["profile"]!["sector"]!).ShouldBe("gaming");
        ((string)body["profile"]!["latencySensitivity"]!).ShouldBe("critical");
        ((bool)body["archived"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task A_body_that_tries_to_set_the_id_or_version_is_refused_naming_the_field_and_creates_nothing()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var forged = JsonSerializer.SerializeToNode(GameStudio())!.AsObject();
        forged["id"] = Guid.Empty.ToString();
        forged["version"] = 99;

        var response = await client.PostAsync("/v1/profiles", JsonContent(forged.ToJsonString()));

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldContain("id");
        var list = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles"))!;
        list["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_required_fields_are_each_named()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var response = await client.PostAsJsonAsync("/v1/profiles", new { description = "no name" });

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldBe(["name", "sector", "origin"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("""{"name":"x","sector":"casino","origin":"domestic"}""", "sector", "gaming, social-commerce")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","priorities":{"speed":3}}""", "priorities", "'speed' is not a criterion")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","priorities":{"latency":9}}""", "priorities", "between 0 and 5")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","constraints":{"excludedVendors":["oracle"]}}""", "constraints.excludedVendors", "'oracle' is not a vendor")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","constraints":{"minimumScores":{"price":11}}}""", "constraints.minimumScores", "between 0 and 10")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","regions":["mainland-china","mainland-china"]}""", "regions", "each once")]
    [InlineData("""{"name":"x","sector":"gaming","origin":"domestic","crossBorderTransfer":"yes"}""", "crossBorderTransfer", "")]
    public async Task Invalid_fields_get_400_naming_the_field_and_the_reason(string body, string field, string reason)
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var response = await client.PostAsync("/v1/profiles", JsonContent(body));

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldContain(name => name.StartsWith(field, StringComparison.Ordinal), problem.ToJsonString());
        problem.ErrorReasons().ShouldContain(text => text.Contains(reason, StringComparison.Ordinal), problem.ToJsonString());
    }

    [Fact]
    public async Task An_oversized_name_is_refused()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var response = await client.PostAsJsonAsync("/v1/profiles", new { name = new string('x', 201), sector = "gaming", origin = "domestic" });

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldBe(["name"]);
    }

    [Fact]
    public async Task Patch_records_only_what_changed_and_moves_the_etag()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, etag) = await CreateAsync(client);

        var response = await PatchAsync(client, id, new { priceSensitivity = "critical", sector = "gaming", priorities = new { latency = 5 } }, etag);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.ShouldBe("\"3\""); // attributes changed + priorities set; sector was unchanged
        var events = await ApiFixture.StoredEventsAsync(id);
        events.Select(e => (string)e["type"]!).ShouldBe(["profile_created", "profile_attributes_changed", "profile_priorities_set"]);
        var changes = events[1]["data"]!["changes"]!.AsObject();
        changes.Select(pair => pair.Key).ShouldBe(["priceSensitivity"]);
    }

    [Fact]
    public async Task Patch_without_if_match_is_428_and_with_a_stale_one_412_and_nothing_changes()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, etag) = await CreateAsync(client);
        (await PatchAsync(client, id, new { name = "First rename" }, etag)).EnsureSuccessStatusCode();

        await (await PatchAsync(client, id, new { name = "No precondition" }, null)).ShouldBeProblemAsync(428);
        await (await PatchAsync(client, id, new { name = "Stale" }, etag)).ShouldBeProblemAsync(412);

        var profile = await client.GetFromJsonAsync<JsonObject>($"/v1/profiles/{id}");
        ((string)profile!["profile"]!["name"]!).ShouldBe("First rename");
        ((long)profile["version"]!).ShouldBe(2);
    }

    [Fact]
    public async Task Priorities_and_constraints_can_be_cleared_with_empty_objects()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, etag) = await CreateAsync(client, new
        {
            name = "With limits",
            sector = "retail",
            origin = "domestic",
            priorities = new { price = 5 },
            constraints = new { excludedVendors = new[] { "aws-china" } },
        });

        var response = await PatchAsync(client, id, new { priorities = new { }, constraints = new { } }, etag);

        var profile = (await response.Content.ReadFromJsonAsync<JsonObject>())!["profile"]!.AsObject();
        profile.ContainsKey("priorities").ShouldBeFalse();
        profile.ContainsKey("constraints").ShouldBeFalse();
    }

    [Fact]
    public async Task Time_travel_returns_the_profile_as_it_was_by_version_and_by_moment()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, etag) = await CreateAsync(client, GameStudio("Before"));
        var created = (await client.GetFromJsonAsync<JsonObject>($"/v1/profiles/{id}"))!;
        await Task.Delay(50);
        (await PatchAsync(client, id, new { name = "After" }, etag)).EnsureSuccessStatusCode();

        var byVersion = await client.GetFromJsonAsync<JsonObject>($"/v1/profiles/{id}?version=1");
        var byMoment = await client.GetFromJsonAsync<JsonObject>(
            $"/v1/profiles/{id}?asOf={Uri.EscapeDataString((string)created["updatedAt"]!)}");
        var now = await client.GetFromJsonAsync<JsonObject>($"/v1/profiles/{id}");

        ((string)byVersion!["profile"]!["name"]!).ShouldBe("Before");
        ((string)byMoment!["profile"]!["name"]!).ShouldBe("Before");
        ((string)now!["profile"]!["name"]!).ShouldBe("After");
        await (await client.GetAsync($"/v1/profiles/{id}?version=1&asOf=2026-01-01T00:00:00Z")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Listing_filters_by_sector_origin_and_name_and_pages_with_a_total()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        await CreateAsync(client, GameStudio("Alpha Games"));
        await CreateAsync(client, GameStudio("Beta Games"));
        await CreateAsync(client, new { name = "Gamma Pharma", sector = "pharmaceuticals", origin = "multinational", existingClouds = new[] { "aws" } });
        await CreateAsync(client, new { name = "Delta Social", sector = "social-commerce", origin = "domestic" });

        var games = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?sector=gaming"))!;
        var social = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?sector=social-commerce"))!;
        var multinational = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?origin=multinational"))!;
        var search = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?search=beta"))!;
        var firstPage = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?limit=3"))!;
        var secondPage = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles?limit=3&page=2"))!;

        ((long)games["total"]!).ShouldBe(2);
        ((long)social["total"]!).ShouldBe(1);
        ((string)multinational["items"]![0]!["profile"]!["name"]!).ShouldBe("Gamma Pharma");
        ((string)search["items"]![0]!["profile"]!["name"]!).ShouldBe("Beta Games");
        ((long)firstPage["total"]!).ShouldBe(4);
        firstPage["items"]!.AsArray().Count.ShouldBe(3);
        ((bool)firstPage["hasMore"]!).ShouldBeTrue();
        secondPage["items"]!.AsArray().Count.ShouldBe(1);
        ((string)firstPage["items"]![0]!["profile"]!["name"]!).ShouldBe("Delta Social"); // most recently changed first
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("sector=casino", "sector")]
    public async Task Listing_refuses_out_of_range_paging_and_unknown_filters(string query, string field)
    {
        var (_, client) = await api.TenantClientAsync("auditor");

        var response = await client.GetAsync($"/v1/profiles?{query}");

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldContain(field);
    }

    [Fact]
    public async Task Archiving_hides_the_profile_from_the_default_list_and_refuses_changes_but_keeps_it_readable()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await CreateAsync(client, GameStudio("To archive"));

        (await client.DeleteAsync($"/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.DeleteAsync($"/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        ((long)(await client.GetFromJsonAsync<JsonObject>("/v1/profiles"))!["total"]!).ShouldBe(0);
        ((long)(await client.GetFromJsonAsync<JsonObject>("/v1/profiles?includeArchived=true"))!["total"]!).ShouldBe(1);
        var read = await client.GetAsync($"/v1/profiles/{id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await PatchAsync(client, id, new { name = "x" }, read.Headers.ETag!.Tag)).ShouldBeProblemAsync(409);
        await (await client.PostAsync($"/v1/profiles/{id}/recommendations", null)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Archiving_on_a_stale_ETag_is_refused_with_the_same_412_as_a_change_naming_the_current_version()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, etag) = await CreateAsync(client, GameStudio("Archive on stale ETag"));
        (await PatchAsync(client, id, new { name = "Renamed" }, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var archive = new HttpRequestMessage(HttpMethod.Delete, $"/v1/profiles/{id}");
        archive.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await (await client.SendAsync(archive)).ShouldBeProblemAsync(412);
        var patched = await (await PatchAsync(client, id, new { name = "Again" }, etag)).ShouldBeProblemAsync(412);

        ((string)refused["detail"]!).ShouldBe("The profile has changed since that ETag was read (it is now at \"2\"); read it again.");
        ((string)patched["detail"]!).ShouldBe((string)refused["detail"]!);
        ((bool)(await client.GetFromJsonAsync<JsonObject>($"/v1/profiles/{id}"))!["archived"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task Auditors_read_profiles_but_cannot_write_them()
    {
        var tenantId = await api.CreateTenantAsync();
        var consultant = api.As(await api.KeyAsync(tenantId, "consultant"));
        var auditor = api.As(await api.KeyAsync(tenantId, "auditor"));
        var (id, etag) = await CreateAsync(consultant);

        (await auditor.GetAsync($"/v1/profiles/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await auditor.PostAsJsonAsync("/v1/profiles", GameStudio())).ShouldBeProblemAsync(403);
        await (await PatchAsync(auditor, id, new { name = "x" }, etag)).ShouldBeProblemAsync(403);
        await (await auditor.DeleteAsync($"/v1/profiles/{id}")).ShouldBeProblemAsync(403);
        await (await auditor.PostAsync($"/v1/profiles/{id}/recommendations", null)).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task An_unknown_profile_is_404_on_every_route()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var id = Guid.CreateVersion7();

        await (await client.GetAsync($"/v1/profiles/{id}")).ShouldBeProblemAsync(404);
        await (await PatchAsync(client, id, new { name = "x" }, "\"1\"")).ShouldBeProblemAsync(404);
        await (await client.DeleteAsync($"/v1/profiles/{id}")).ShouldBeProblemAsync(404);
        await (await client.PostAsync($"/v1/profiles/{id}/recommendations", null)).ShouldBeProblemAsync(404);
        await (await client.GetAsync($"/v1/profiles/{id}/recommendations")).ShouldBeProblemAsync(404);
        await (await client.GetAsync("/v1/profiles/not-a-guid")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_profile_and_creates_nothing()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        HttpRequestMessage Post(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = Json(body) };
            request.Headers.Add("Idempotency-Key", "create-alpha-1");
            return request;
        }

        var first = await client.SendAsync(Post(GameStudio("Alpha")));
        var retry = await client.SendAsync(Post(GameStudio("Alpha")));
        var other = await client.SendAsync(Post(GameStudio("Not Alpha")));

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await other.ShouldBeProblemAsync(422);
        ((long)(await client.GetFromJsonAsync<JsonObject>("/v1/profiles"))!["total"]!).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_attempt_releases_its_idempotency_key()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        HttpRequestMessage Post(string body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = JsonContent(body) };
            request.Headers.Add("Idempotency-Key", "fix-and-retry");
            return request;
        }

        await (await client.SendAsync(Post("""{"name":"x","sector":"gaming","origin":"domestic","priorities":{"latency":9}}"""))).ShouldBeProblemAsync(400);
        var fixedBody = await client.SendAsync(Post("""{"name":"x","sector":"gaming","origin":"domestic","priorities":{"latency":4}}"""));

        fixedBody.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
