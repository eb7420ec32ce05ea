using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Audit;

[Collection(ApiTests.Name)]
public sealed class AuditTrailTests(ApiFixture api)
{
    private sealed record Tenant(string Id, HttpClient Admin, HttpClient Consultant, HttpClient Auditor);

    private async Task<Tenant> TenantAsync()
    {
        var id = await api.CreateTenantAsync();
        return new Tenant(id, api.As(await api.KeyAsync(id, "admin")), api.As(await api.KeyAsync(id, "consultant")),
            api.As(await api.KeyAsync(id, "auditor")));
    }

    private static async Task<JsonObject> IssueAsync(HttpClient client, Guid profileId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", body ?? new { samples = 500 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task PatchAsync(HttpClient client, Guid profileId, object body)
    {
        var etag = (await client.GetAsync($"/v1/profiles/{profileId}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{profileId}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task<List<JsonObject>> AllAsync(HttpClient client, string path)
    {
        var events = new List<JsonObject>();
        string? next = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = (await client.GetFromJsonAsync<JsonObject>(next is null ? path : $"{path}{separator}after={next}"))!;
            events.AddRange(page["items"]!.AsArray().Select(item => item!.AsObject()));
            next = (string?)page["next"];
        }
        while (next is not null);
        return events;
    }

    private static async Task TamperAsync(string sql, Guid streamId)
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("stream", streamId);
        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Every_event_records_its_actor_correlation_and_causation()
    {
        var tenant = await TenantAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = JsonContent.Create(ProfileTests.GameStudio()) };
        request.Headers.Add("X-Correlation-Id", "engagement-42");
        request.Headers.Add("X-Causation-Id", "intake-form-7");
        var created = await tenant.Consultant.SendAsync(request);
        var profileId = Guid.Parse((string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        var issued = await tenant.Consultant.PostAsync($"/v1/profiles/{profileId}/recommendations", null);

        var events = await AllAsync(tenant.Auditor, $"/v1/profiles/{profileId}/events");

        created.Headers.GetValues("X-Correlation-Id").ShouldBe(["engagement-42"]);
        events.Select(e => (string)e["type"]!).ShouldBe(["profile_created", "recommendation_issued"]);
        events.ShouldAllBe(e => ((string)e["actor"]!).StartsWith("consultant-", StringComparison.Ordinal));
        ((string)events[0]["correlationId"]!).ShouldBe("engagement-42");
        ((string)events[0]["causationId"]!).ShouldBe("intake-form-7");
        ((string)events[1]["correlationId"]!).ShouldBe(issued.Headers.GetValues("X-Correlation-Id").Single());
        events.Select(e => (long)e["version"]!).ShouldBe([1, 2]);
        events.ShouldAllBe(e => DateTimeOffset.Parse((string)e["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_profiles_events_are_paged_in_order_with_their_data()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        await PatchAsync(tenant.Consultant, profileId, new { priceSensitivity = "low" });
        await PatchAsync(tenant.Consultant, profileId, new { priorities = new { latency = 4 } });
        await PatchAsync(tenant.Consultant, profileId, new { constraints = new { excludedVendors = new[] { "aws-china" } } });

        var first = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}/events?limit=3"))!;
        var rest = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}/events?limit=3&after={first["next"]}"))!;

        first["items"]!.AsArray().Select(e => (string)e!["type"]!).ShouldBe(["profile_created", "profile_attributes_changed", "profile_priorities_set"]);
        rest["items"]!.AsArray().Select(e => (string)e!["type"]!).ShouldBe(["profile_constraints_set"]);
        rest["next"].ShouldBeNull();
        ((string)first["items"]![1]!["data"]!["changes"]!["priceSensitivity"]!).ShouldBe("low");
    }

    [Fact]
    public async Task A_recommendation_states_the_profile_and_catalog_as_they_were()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant, ProfileTests.GameStudio("Before"));
        var before = await IssueAsync(tenant.Consultant, profileId);
        await PatchAsync(tenant.Consultant, profileId, new { name = "After" });
        (await tenant.Admin.PutAsJsonAsync("/v1/catalog/overrides/tencent-cloud/latency", new { score = 2, uncertainty = 1, rationale = "Outage history." }))
            .EnsureSuccessStatusCode();

        var recommendation = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/recommendations/{before["id"]}"))!;
        var profileThen = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}?version={recommendation["profileVersion"]}"))!;
        var catalogThen = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/catalog?version={Uri.EscapeDataString((string)recommendation["catalogVersion"]!)}"))!;
        var catalogNow = (await tenant.Auditor.GetFromJsonAsync<JsonObject>("/v1/catalog"))!;

        ((string)recommendation["profile"]!["name"]!).ShouldBe("Before");
        ((string)profileThen["profile"]!["name"]!).ShouldBe("Before");
        static double TencentLatency(JsonObject catalog) => (double)catalog["vendors"]!.AsArray().Single(v => (string)v!["id"]! == "tencent-cloud")!
            ["assessments"]!.AsArray().Single(a => (string)a!["criterion"]! == "latency")!["score"]!;
        TencentLatency(catalogThen).ShouldNotBe(2);
        TencentLatency(catalogNow).ShouldBe(2);
        await (await tenant.Auditor.GetAsync("/v1/catalog?version=2025.1-r99")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Replaying_a_recommendation_reproduces_it_to_the_last_digit()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        var issued = await IssueAsync(tenant.Consultant, profileId, new { method = "topsis", samples = 3000, seed = 99 });
        await PatchAsync(tenant.Consultant, profileId, new { priceSensitivity = "low" }); // later changes must not matter

        var replay = await tenant.Auditor.PostAsync($"/v1/recommendations/{issued["id"]}/replay", null);

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = (await replay.Content.ReadFromJsonAsync<JsonObject>())!;
        ((bool)body["identical"]!).ShouldBeTrue(body.ToJsonString());
        body["differences"]!.AsArray().ShouldBeEmpty();
        ((ulong)body["seed"]!).ShouldBe(99UL);
    }

    [Fact]
    public async Task An_altered_event_fails_replay_and_breaks_the_hash_chain_at_that_recommendation()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        await IssueAsync(tenant.Consultant, profileId);
        var second = await IssueAsync(tenant.Consultant, profileId, new { samples = 0 });
        await IssueAsync(tenant.Consultant, profileId, new { samples = 0 });
        (await tenant.Auditor.GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!["valid"]!.GetValue<bool>().ShouldBeTrue();

        await TamperAsync(
            "update vendoradvisor.mt_events set data = jsonb_set(data, '{result,ranking,0,score}', '0.999') " +
            $"where stream_id = @stream and data->>'recommendationId' = '{second["id"]}'", profileId);

        var replay = (await (await tenant.Auditor.PostAsync($"/v1/recommendations/{second["id"]}/replay", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        ((bool)replay["identical"]!).ShouldBeFalse();
        replay["differences"]!.AsArray().Select(d => (string)d!["path"]!).ShouldContain("result.ranking[0].score");
        var verification = (await tenant.Auditor.GetFromJsonAsync<JsonObject>($"/v1/audit/verify?profileId={profileId}"))!;
        ((bool)verification["valid"]!).ShouldBeFalse();
        ((string)verification["firstBreak"]!["recommendationId"]!).ShouldBe((string)second["id"]!);
        ((string)verification["firstBreak"]!["reason"]!).ShouldContain("hash");
    }

    [Fact]
    public async Task Removing_the_newest_recommendation_event_is_detected()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        await IssueAsync(tenant.Consultant, profileId, new { samples = 0 });
        await IssueAsync(tenant.Consultant, profileId, new { samples = 0 });

        await TamperAsync("delete from vendoradvisor.mt_events where stream_id = @stream and version = 3", profileId);

        var verification = (await tenant.Admin.GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!;
        ((bool)verification["valid"]!).ShouldBeFalse();
        ((string)verification["firstBreak"]!["profileId"]!).ShouldBe(profileId.ToString());
    }

    [Fact]
    public async Task The_tenant_feed_holds_every_kind_of_event_in_order_with_its_actor()
    {
        var tenant = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        await IssueAsync(tenant.Consultant, profileId, new { samples = 0 });
        (await tenant.Admin.PutAsJsonAsync("/v1/catalog/overrides/aws-china/price", new { score = 6, uncertainty = 1, rationale = "Discount." }))
            .EnsureSuccessStatusCode();

        var feed = await AllAsync(tenant.Auditor, "/v1/audit/events?limit=2");

        feed.Select(e => (string)e["type"]!).ShouldBe([
            "tenant_registered", "api_key_issued", "api_key_issued", "api_key_issued",
            "profile_created", "recommendation_issued", "assessment_overridden",
        ]);
        feed.Take(4).ShouldAllBe(e => (string)e["actor"]! == "system-admin");
        ((string)feed[6]["actor"]!).ShouldStartWith("admin-");
        feed.Select(e => (string)e["sequence"]!).ShouldBeUnique();
    }

    [Fact]
    public async Task The_feed_filters_by_type_actor_stream_and_time()
    {
        var tenant = await TenantAsync();
        var (a, _) = await ProfileTests.CreateAsync(tenant.Consultant);
        var (b, _) = await ProfileTests.CreateAsync(tenant.Admin);
        await IssueAsync(tenant.Consultant, a, new { samples = 0 });
        var start = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        var future = DateTimeOffset.UtcNow.AddMinutes(5).ToString("O");

        (await AllAsync(tenant.Auditor, "/v1/audit/events?type=profile_created")).Count.ShouldBe(2);
        var byStream = await AllAsync(tenant.Auditor, $"/v1/audit/events?stream={b}");
        byStream.Select(e => (string)e["type"]!).ShouldBe(["profile_created"]);
        var consultant = (string)(await tenant.Consultant.GetFromJsonAsync<JsonObject>("/v1/me"))!["actor"]!;
        (await AllAsync(tenant.Auditor, $"/v1/audit/events?actor={Uri.EscapeDataString(consultant)}")).Count.ShouldBe(2);
        (await AllAsync(tenant.Auditor, $"/v1/audit/events?from={Uri.EscapeDataString(future)}")).ShouldBeEmpty();
        (await AllAsync(tenant.Auditor, $"/v1/audit/events?from={Uri.EscapeDataString(start)}&to={Uri.EscapeDataString(future)}")).Count.ShouldBe(7); // tenant, 3 keys, 2 profiles, 1 recommendation
        await (await tenant.Auditor.GetAsync("/v1/audit/events?limit=1001")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task The_feed_exports_as_ndjson_one_event_per_line()
    {
        var tenant = await TenantAsync();
        for (var i = 0; i < 3; i++) await ProfileTests.CreateAsync(tenant.Consultant);
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/events");
        request.Headers.Accept.ParseAdd("application/x-ndjson");

        var response = await tenant.Auditor.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        events.Count.ShouldBe(7); // tenant, three keys, three profiles
        events.Select(e => (string)e["type"]!).Count(type => type == "profile_created").ShouldBe(3);
    }

    [Theory]
    [InlineData("application/json, application/x-ndjson", "application/json")]
    [InlineData("application/x-ndjson;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.5, application/x-ndjson", "application/x-ndjson")]
    public async Task The_feed_exports_as_ndjson_only_when_the_client_prefers_it(string accept, string answered)
    {
        var tenant = await TenantAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/events");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await tenant.Auditor.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe(answered);
    }

    [Fact]
    public async Task Consultants_cannot_read_the_tenant_feed_or_verify()
    {
        var tenant = await TenantAsync();

        await (await tenant.Consultant.GetAsync("/v1/audit/events")).ShouldBeProblemAsync(403);
        await (await tenant.Consultant.GetAsync("/v1/audit/verify")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task No_audit_route_shows_another_tenants_events_and_cursors_do_not_cross_tenants()
    {
        var a = await TenantAsync();
        var b = await TenantAsync();
        var (profileId, _) = await ProfileTests.CreateAsync(a.Consultant);
        var recommendation = await IssueAsync(a.Consultant, profileId, new { samples = 0 });
        var aFeed = (await a.Auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=1"))!;

        var bFeed = await AllAsync(b.Auditor, "/v1/audit/events");
        bFeed.ShouldAllBe(e => (string)e["streamId"]! != profileId.ToString());
        bFeed.Count.ShouldBe(4); // b's own tenant and key events only
        await (await b.Auditor.GetAsync($"/v1/audit/events?after={aFeed["next"]}")).ShouldBeProblemAsync(400);
        await (await b.Auditor.GetAsync($"/v1/profiles/{profileId}/events")).ShouldBeProblemAsync(404);
        await (await b.Auditor.GetAsync($"/v1/audit/verify?profileId={profileId}")).ShouldBeProblemAsync(404);
        await (await b.Auditor.PostAsync($"/v1/recommendations/{recommendation["id"]}/replay", null)).ShouldBeProblemAsync(404);
        var bVerify = (await b.Auditor.GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!;
        ((int)bVerify["recommendationsChecked"]!).ShouldBe(0);
    }
}
