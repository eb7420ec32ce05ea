using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VendorAdvisor.Api.Tests.Tenancy;

/// A database written by the API before tenants were spread over databases (Tenancy/PreFleet: tenants,
/// keys and catalogs beside the tenants' data, nothing partitioned) must start under today's API with
/// nothing lost or changed: keys still open it, profiles and recommendations read back as they were and
/// still verify, idempotency keys still replay, and every tenant can write again.
[Collection(ApiTests.Name)]
public sealed class PreFleetUpgradeTests : IDisposable
{
    // What the old API answered when it made the fixture (see the header of pre-fleet-layout.sql).
    private const string AcmeAdminKey = "va_01a22487f5de73ed95183554b86efc4a_3P6U2SD9gA3AgYn2PWxXbIhRuuNqVjV3IvZMLxdmLjU";
    private const string AcmeConsultantKey = "va_01a22487f62273fdb8dd8fb32c6387e1_7XrxDyNCM_QFN6RcvwtrhLvEu_tHsMGvyrDm_tSDV98";
    private const string AcmeAuditorKey = "va_01a22487f635731585d1a0caddf30edc_3rqnk1GPTi7RhgH4P1ZA-bmxNUW3nV0DLbugmypsh3A";
    private const string BetaConsultantKey = "va_01a22487f64d7fff9aecb530ef40fac8_ztp18hB0Dv8SV484au1My_b8kB7AA39Hx1wuQskyIWo";
    private const string EmptyConsultantKey = "va_01a22487f6627db59b518adf22ef34d2_v1fs0uPUgCNmqmO67LDxtuUcKr7zPWkD4vHszWumo9M";
    private const string AcmeProfile = "01a22487-f717-73c9-93d7-35f863d84da1";
    private const string AcmeArchivedProfile = "01a22487-f948-7e17-99e2-013e04bf3486";
    private const string BetaProfile = "01a22487-f96d-7254-9ec8-b0694f602588";
    private static readonly (string Id, string Hash) AcmeFirst = ("01a22487-f7e5-78df-83ff-f83d29ab9114", "f655ac56d335415ecc1a9732582eb0daa357a21c0682f3019e51e55b119a61c6");
    private static readonly (string Id, string Hash) AcmeSecond = ("01a22487-f924-7dab-9e14-37951c036ecb", "9e754c802622925cbf9ffc5a4025731f1d2f84bda9d1ebd0365859b52a6bd20c");
    private static readonly (string Id, string Hash) Beta = ("01a22487-f98d-7337-86df-69f92caa9537", "b8e1a1a698997759aedff7c38f9bdbfd8f2c4b0ad42d63921a6426f452befc20");

    /// The fixture's tables that today's layout keeps in the registry's schema.
    private static readonly string[] RegistryTables = ["mt_doc_tenant", "mt_doc_apikeycredential", "mt_doc_publishedcatalog", "mt_doc_publishedregulations"];

    private readonly List<IDisposable> hosts = [];

    [Fact]
    public async Task An_old_database_starts_with_every_record_as_it_was_and_every_tenant_can_write()
    {
        var database = await LoadFixtureAsync("upgrade");
        var node = Node(database);

        var profile = await As(node, AcmeConsultantKey).GetFromJsonAsync<JsonObject>($"/v1/profiles/{AcmeProfile}");
        ((int)profile!["version"]!).ShouldBe(3);
        ((int)profile["recommendations"]!).ShouldBe(2);
        ((string?)profile["profile"]!["origin"]).ShouldBe("multinational");
        var archived = await As(node, AcmeConsultantKey).GetFromJsonAsync<JsonObject>($"/v1/profiles/{AcmeArchivedProfile}");
        ((bool)archived!["archived"]!).ShouldBeTrue();
        foreach (var (key, (id, hash)) in new[] { (AcmeAuditorKey, AcmeFirst), (AcmeAuditorKey, AcmeSecond), (BetaConsultantKey, Beta) })
        {
            var recommendation = await As(node, key).GetFromJsonAsync<JsonObject>($"/v1/recommendations/{id}");
            ((string?)recommendation!["hash"]).ShouldBe(hash);
        }
        var verified = await As(node, AcmeAuditorKey).GetFromJsonAsync<JsonObject>("/v1/audit/verify");
        ((bool)verified!["valid"]!).ShouldBeTrue(verified.ToJsonString());
        ((int)verified["recommendationsChecked"]!).ShouldBe(2);

        // The retry of a request the old API answered is answered the same, not done again.
        var retried = await As(node, AcmeConsultantKey).PostAsync($"/v1/profiles/{AcmeProfile}/recommendations",
            Json("""{"samples":500,"seed":7,"method":"topsis"}""", "legacy-issue-2"));
        retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
        retried.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        ((string?)(await retried.Content.ReadFromJsonAsync<JsonObject>())!["id"]).ShouldBe(AcmeSecond.Id);

        // Another tenant's profile stays invisible; each tenant writes again, on the database that holds it.
        (await As(node, BetaConsultantKey).GetAsync($"/v1/profiles/{AcmeProfile}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await As(node, AcmeConsultantKey).PostAsJsonAsync($"/v1/profiles/{AcmeProfile}/recommendations", new { samples = 100 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await As(node, BetaConsultantKey).PostAsJsonAsync($"/v1/profiles/{BetaProfile}/recommendations", new { samples = 100 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await As(node, EmptyConsultantKey).PostAsJsonAsync("/v1/profiles", new { name = "New client", sector = "retail", origin = "domestic" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await As(node, AcmeAdminKey).PutAsJsonAsync("/v1/catalog/overrides/tencent-cloud/latency",
            new { score = 2, uncertainty = 1, rationale = "Measured from Chengdu." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var tenant in new[] { "legacy-acme", "legacy-beta", "legacy-empty" })
        {
            var shown = await As(node, ApiFixture.SystemAdminKey).GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{tenant}");
            ((string?)shown!["database"]).ShouldBe("main");
        }
        (await As(node, AcmeAuditorKey).GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!["valid"]!.GetValue<bool>().ShouldBeTrue();

        // Nothing of the old layout is left, and the next start finds nothing to do.
        (await ScalarAsync(database, "select to_regclass('vendoradvisor.mt_doc_tenant') is null")).ShouldBe(true);
        (await ScalarAsync(database, "select relkind::text from pg_class where oid = 'vendoradvisor.mt_doc_profile'::regclass")).ShouldBe("p");
        var restarted = Node(database);
        ((int)(await As(restarted, AcmeConsultantKey).GetFromJsonAsync<JsonObject>($"/v1/profiles/{AcmeProfile}"))!["recommendations"]!).ShouldBe(3);
    }

    [Fact]
    public async Task Nodes_starting_together_on_an_old_database_upgrade_it_once()
    {
        var database = await LoadFixtureAsync("upgrade_together");
        var nodes = new[] { Node(database), Node(database) };
        await Task.WhenAll(nodes.Select(node => Task.Run(() => node.CreateClient())));
        foreach (var node in nodes)
        {
            var recommendation = await As(node, AcmeAuditorKey).GetFromJsonAsync<JsonObject>($"/v1/recommendations/{AcmeFirst.Id}");
            ((string?)recommendation!["hash"]).ShouldBe(AcmeFirst.Hash);
        }
        (await ScalarAsync(database, "select count(*)::int from vendoradvisor_registry.mt_tenant_assignments where tenant_id like 'legacy-%'")).ShouldBe(3);
    }

    [Fact]
    public async Task An_old_database_where_a_start_of_this_version_failed_half_way_still_upgrades()
    {
        // What a start of the first version with the registry did to an old database: it created the
        // registry's empty tables, then failed converting the tenants' tables, which it left as they were.
        var database = await LoadFixtureAsync("upgrade_half_way");
        await ScratchDatabase.ExecuteAsync(database, "create schema vendoradvisor_registry; " + string.Join(" ",
            RegistryTables.Select(table => $"create table vendoradvisor_registry.{table} (like vendoradvisor.{table} including all);")));
        var node = Node(database);

        var me = await As(node, BetaConsultantKey).GetFromJsonAsync<JsonObject>("/v1/me");
        ((string?)me!["tenantId"]).ShouldBe("legacy-beta");
        var recommendation = await As(node, BetaConsultantKey).GetFromJsonAsync<JsonObject>($"/v1/recommendations/{Beta.Id}");
        ((string?)recommendation!["hash"]).ShouldBe(Beta.Hash);
        (await ScalarAsync(database, "select count(*)::int from vendoradvisor_registry.mt_doc_tenant where id like 'legacy-%'")).ShouldBe(3);
    }

    [Fact]
    public async Task A_node_that_died_after_moving_the_old_tables_leaves_the_assignments_to_the_next_start()
    {
        // What the first step of the upgrade commits (the registry's tables moved, the tenants' partitions and
        // their pending assignments written down) with the node gone before Marten's migration ran.
        var database = await LoadFixtureAsync("upgrade_died");
        await ScratchDatabase.ExecuteAsync(database, "create schema vendoradvisor_registry; " + string.Join(" ",
            RegistryTables.Select(table => $"alter table vendoradvisor.{table} set schema vendoradvisor_registry;")) + """
            create table vendoradvisor.mt_tenant_partitions (partition_value varchar primary key, partition_suffix varchar);
            create table vendoradvisor_registry.pre_fleet_pending_assignments (tenant_id varchar primary key, database_id varchar not null);
            insert into vendoradvisor.mt_tenant_partitions select t, t from unnest(array['legacy-acme', 'legacy-beta', 'legacy-empty']) t;
            insert into vendoradvisor_registry.pre_fleet_pending_assignments select t, 'main' from unnest(array['legacy-acme', 'legacy-beta', 'legacy-empty']) t;
            """);
        var node = Node(database);

        var recommendation = await As(node, AcmeAuditorKey).GetFromJsonAsync<JsonObject>($"/v1/recommendations/{AcmeSecond.Id}");
        ((string?)recommendation!["hash"]).ShouldBe(AcmeSecond.Hash);
        (await ScalarAsync(database, "select count(*)::int from vendoradvisor_registry.mt_tenant_assignments where tenant_id like 'legacy-%' and database_id = 'main'")).ShouldBe(3);
        (await ScalarAsync(database, "select to_regclass('vendoradvisor_registry.pre_fleet_pending_assignments') is null")).ShouldBe(true);
    }

    [Fact]
    public async Task A_fleet_that_does_not_list_the_old_database_refuses_to_start_and_says_what_to_configure()
    {
        var database = await LoadFixtureAsync("upgrade_unlisted");
        var node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Marten", database)
            .UseSetting("Tenancy:Databases:elsewhere", TenantDatabasesFixture.Second)
            .UseSetting("Admin:ApiKey", ApiFixture.SystemAdminKey));
        hosts.Add(node);

        var failure = Should.Throw<InvalidOperationException>(() => node.CreateClient());
        failure.Message.ShouldContain("Tenancy__Databases__main");
        (await ScalarAsync(database, "select to_regclass('vendoradvisor.mt_doc_tenant') is not null")).ShouldBe(true);
    }

    private WebApplicationFactory<Program> Node(string database)
    {
        var node = ScratchDatabase.Node(database);
        hosts.Add(node);
        return node;
    }

    private static HttpClient As(WebApplicationFactory<Program> node, string key)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static StringContent Json(string body, string idempotencyKey)
    {
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.Add("Idempotency-Key", idempotencyKey);
        return content;
    }

    /// A new database of the test cluster holding exactly the fixture, and its connection string.
    private static async Task<string> LoadFixtureAsync(string name)
    {
        var connectionString = await ScratchDatabase.CreateAsync(name);
        var dump = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Tenancy", "PreFleet", "pre-fleet-layout.sql"));
        await ScratchDatabase.ExecuteAsync(connectionString, dump);
        return connectionString;
    }

    private static Task<object?> ScalarAsync(string connectionString, string sql) => ScratchDatabase.ScalarAsync(connectionString, sql);

    public void Dispose()
    {
        foreach (var host in hosts) host.Dispose();
    }
}
