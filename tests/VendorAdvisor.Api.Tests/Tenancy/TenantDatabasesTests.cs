using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using VendorAdvisor.Api.Tests.Audit;

namespace VendorAdvisor.Api.Tests.Tenancy;

/// Tenants on two databases through Marten's sharded tenancy: placement, keys and administration through
/// the registry, every feature on either database, and one database down turning away only its tenants.
[Collection(ApiTests.Name)]
public sealed class TenantDatabasesTests(TenantDatabasesFixture databases, ApiFixture api) : IClassFixture<TenantDatabasesFixture>
{
    private static HttpClient As(WebApplicationFactory<Program> node, string key)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<(string Tenant, string Consultant, string Admin, string Auditor)> TenantOnAsync(
        WebApplicationFactory<Program> node, string? database)
    {
        var admin = As(node, ApiFixture.SystemAdminKey);
        var id = ApiFixture.NewTenantId();
        var created = await admin.PostAsJsonAsync("/v1/admin/tenants", new { id, name = $"Tenant {id}", database });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        async Task<string> Key(string role) => (string)(await (await admin.PostAsJsonAsync(
            $"/v1/admin/tenants/{id}/keys", new { name = role, role })).Content.ReadFromJsonAsync<JsonObject>())!["key"]!;
        return (id, await Key("consultant"), await Key("admin"), await Key("auditor"));
    }

    private static async Task<long> EventsIn(string connectionString, string tenantId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from vendoradvisor.mt_events where tenant_id = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_tenant_placed_on_the_second_database_keeps_all_its_data_there_and_every_feature_works()
    {
        var node = databases.Node(TenantDatabasesFixture.Second);
        var tenant = await TenantOnAsync(node, "second");

        var shown = await As(node, ApiFixture.SystemAdminKey).GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{tenant.Tenant}");
        ((string?)shown!["database"]).ShouldBe("second");
        var consultant = As(node, tenant.Consultant);
        var profile = await (await consultant.PostAsJsonAsync("/v1/profiles",
            new { name = "Game studio", sector = "gaming", origin = "domestic" })).Content.ReadFromJsonAsync<JsonObject>();
        var profileId = (string)profile!["id"]!;
        (await As(node, tenant.Admin).PutAsJsonAsync("/v1/catalog/overrides/tencent-cloud/latency",
            new { score = 2, uncertainty = 1, rationale = "Outage history." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var issued = await consultant.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { samples = 200 });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var recommendationId = (string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var auditor = As(node, tenant.Auditor);
        var page = await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=2");
        page!["items"]!.AsArray().Count.ShouldBe(2);
        var next = await auditor.GetAsync($"/v1/audit/events?limit=50&after={(string)page["next"]!}");
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!.ToJsonString().ShouldContain("true");
        var replay = await auditor.PostAsync($"/v1/recommendations/{recommendationId}/replay", null);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
        (await replay.Content.ReadAsStringAsync()).ShouldContain("\"identical\":true");

        (await EventsIn(TenantDatabasesFixture.Second, tenant.Tenant)).ShouldBeGreaterThan(3);
        (await EventsIn(TenantDatabasesFixture.Main, tenant.Tenant)).ShouldBe(0);
    }

    [Fact]
    public async Task Keys_and_tenants_of_either_database_resolve_on_another_node_and_the_system_admin_lists_them_all()
    {
        var first = databases.Node(TenantDatabasesFixture.Second);
        var onMain = await TenantOnAsync(first, "main");
        var onSecond = await TenantOnAsync(first, "second");
        var other = databases.Node(TenantDatabasesFixture.Second);

        (await As(other, onMain.Consultant).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await As(other, onSecond.Consultant).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var all = await As(other, ApiFixture.SystemAdminKey).GetFromJsonAsync<JsonObject>("/v1/admin/tenants");
        var placed = all!["items"]!.AsArray().ToDictionary(t => (string)t!["id"]!, t => (string?)t!["database"]);
        placed[onMain.Tenant].ShouldBe("main");
        placed[onSecond.Tenant].ShouldBe("second");
        var own = await As(other, onSecond.Admin).GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{onSecond.Tenant}");
        own!.ContainsKey("database").ShouldBeFalse("only the system administrator sees where a tenant lives");
        await (await As(other, onSecond.Admin).GetAsync("/v1/admin/tenants")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Without_a_named_database_a_new_tenant_goes_to_the_one_holding_the_fewest()
    {
        var node = databases.Node(TenantDatabasesFixture.Second);
        var admin = As(node, ApiFixture.SystemAdminKey);
        var before = (await admin.GetFromJsonAsync<JsonObject>("/v1/admin/databases"))!["items"]!.AsArray()
            .ToDictionary(d => (string)d!["id"]!, d => (int)d!["tenants"]!);
        var smallest = before.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First();

        var tenant = await TenantOnAsync(node, database: null);

        var shown = await admin.GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{tenant.Tenant}");
        if (before.Values.Distinct().Count() > 1) ((string?)shown!["database"]).ShouldBe(smallest.Key);
        var after = (await admin.GetFromJsonAsync<JsonObject>("/v1/admin/databases"))!["items"]!.AsArray()
            .ToDictionary(d => (string)d!["id"]!, d => (int)d!["tenants"]!);
        after[(string)shown!["database"]!].ShouldBe(before[(string)shown["database"]!] + 1);
    }

    [Fact]
    public async Task Naming_an_unknown_database_is_a_field_error_and_creates_nothing()
    {
        var node = databases.Node(TenantDatabasesFixture.Second);
        var id = ApiFixture.NewTenantId();
        var response = await As(node, ApiFixture.SystemAdminKey).PostAsJsonAsync("/v1/admin/tenants", new { id, name = "X", database = "nowhere" });

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldBe(["database"]);
        await (await As(node, ApiFixture.SystemAdminKey).GetAsync($"/v1/admin/tenants/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task With_one_database_down_only_its_tenants_get_503_with_retry_after()
    {
        var healthy = databases.Node(TenantDatabasesFixture.Second);
        var onMain = await TenantOnAsync(healthy, "main");
        var onSecond = await TenantOnAsync(healthy, "second");
        var cut = databases.Node(TenantDatabasesFixture.Unreachable);

        var refused = await As(cut, onSecond.Consultant).GetAsync("/v1/profiles");
        await refused.ShouldBeProblemAsync(503);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await As(cut, onMain.Consultant).GetAsync("/v1/profiles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await As(cut, onSecond.Consultant).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cut.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<SseReader> StreamAsync(HttpClient auditor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/stream");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await auditor.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, response.StatusCode == HttpStatusCode.OK ? "" : await response.Content.ReadAsStringAsync());
        var stream = new SseReader(response);
        (await stream.NextAsync(TimeSpan.FromSeconds(20)))!.Event.ShouldBe("ready");
        return stream;
    }

    [Theory]
    [InlineData("main")]
    [InlineData("second")]
    public async Task The_live_audit_stream_of_a_tenant_on_either_database_sees_a_write_made_through_another_node(string database)
    {
        var reader = databases.Node(TenantDatabasesFixture.Second);
        var writer = databases.Node(TenantDatabasesFixture.Second);
        var tenant = await TenantOnAsync(reader, database);
        await using var stream = await StreamAsync(As(reader, tenant.Auditor));

        var created = await As(writer, tenant.Consultant).PostAsJsonAsync("/v1/profiles",
            new { name = $"Written on the other node ({database})", sector = "gaming", origin = "domestic" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var profileId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var seen = await stream.NextAsync(TimeSpan.FromSeconds(20));
        seen.ShouldNotBeNull("the write made through the other node reaches the stream");
        var data = JsonNode.Parse(seen.Data)!;
        ((string?)data["type"]).ShouldBe("profile_created");
        ((string?)data["streamId"]).ShouldBe(profileId);
        var feed = await As(writer, tenant.Auditor).GetFromJsonAsync<JsonObject>("/v1/audit/events?type=profile_created");
        seen.Id.ShouldBe((string?)feed!["items"]![0]!["sequence"], "the stream's ids are the feed's cursors, on any node");
    }

    [Fact]
    public async Task With_one_database_down_the_node_starts_and_only_its_tenants_live_streams_are_refused()
    {
        var healthy = databases.Node(TenantDatabasesFixture.Second);
        var onMain = await TenantOnAsync(healthy, "main");
        var onSecond = await TenantOnAsync(healthy, "second");
        var cut = databases.Node(TenantDatabasesFixture.Unreachable);

        await using var stream = await StreamAsync(As(cut, onMain.Auditor));
        (await As(healthy, onMain.Consultant).PostAsJsonAsync("/v1/profiles",
            new { name = "Still followed", sector = "gaming", origin = "domestic" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await stream.NextAsync(TimeSpan.FromSeconds(20))).ShouldNotBeNull("the tenant on the database that answers is still followed");

        var refused = await As(cut, onSecond.Auditor).GetAsync("/v1/audit/stream", HttpCompletionOption.ResponseHeadersRead);
        await refused.ShouldBeProblemAsync(503);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Api_connections_plan_each_statement_for_its_tenant_so_a_query_locks_one_partition_not_all()
    {
        // The table below exists once the shared host has started on the test database (run alone, nothing else starts it).
        (await api.Anonymous().GetAsync("/health/ready")).EnsureSuccessStatusCode();
        await using var connection = new NpgsqlConnection(VendorAdvisor.Api.Infrastructure.Storage.ConnectionTuning.Apply(ApiFixture.ConnectionString));
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand("show plan_cache_mode", connection);
        ((string?)await show.ExecuteScalarAsync()).ShouldBe("force_custom_plan");

        // Executed often enough that a generic plan would be chosen, inside one transaction that keeps its locks.
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < 8; i++)
        {
            await using var count = new NpgsqlCommand("select count(*) from vendoradvisor.mt_doc_profile where tenant_id = @tenant", connection, transaction);
            count.Parameters.AddWithValue("tenant", "nobody");
            await count.PrepareAsync();
            await count.ExecuteScalarAsync();
        }
        await using var locks = new NpgsqlCommand("select count(*) from pg_locks where pid = pg_backend_pid() and locktype = 'relation'", connection, transaction);
        ((long)(await locks.ExecuteScalarAsync())!).ShouldBeLessThan(10);

        var own = VendorAdvisor.Api.Infrastructure.Storage.ConnectionTuning.Apply(ApiFixture.ConnectionString + ";Options=-c plan_cache_mode=auto");
        new NpgsqlConnectionStringBuilder(own).Options.ShouldBe("-c plan_cache_mode=auto", "a connection string that sets it keeps its own");
    }
}
