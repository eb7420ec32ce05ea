using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Hardening;

/// Idempotency in the work's own transaction, no Marten tombstones shown to auditors (nor written where
/// avoidable), and load shedding that refuses quickly instead of queueing without bound.
[Collection(ApiTests.Name)]
public sealed class StoreIntegrityTests(ApiFixture api)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Create(string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task Racing_retries_of_one_key_all_get_the_one_profile_and_none_is_told_to_wait()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = """{"name":"Racing client","sector":"gaming","origin":"domestic"}""";

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Create(body, "race-1"))));

        answers.ShouldAllBe(answer => answer.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(answers.Select(async answer => (string)(await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!));
        ids.Distinct().Count().ShouldBe(1);
        answers.Count(answer => !answer.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        var list = (await client.GetFromJsonAsync<JsonObject>("/v1/profiles"))!;
        ((long)list["total"]!).ShouldBe(1);
        (await ApiFixture.StoredEventsAsync(Guid.Parse(ids[0]))).Count(e => (string)e["type"]! == "profile_created").ShouldBe(1);
    }

    [Fact]
    public async Task The_key_record_is_stored_only_with_the_work_so_a_refused_attempt_leaves_the_key_free()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        // Refused before any work: nothing is remembered, and the corrected retry with the same key does the work.
        await (await client.SendAsync(Create("""{"name":"","sector":"gaming","origin":"domestic"}""", "k-1"))).ShouldBeProblemAsync(400);
        var done = await client.SendAsync(Create("""{"name":"Fixed","sector":"gaming","origin":"domestic"}""", "k-1"));
        done.StatusCode.ShouldBe(HttpStatusCode.Created);
        done.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();

        var replay = await client.SendAsync(Create("""{"name":"Fixed","sector":"gaming","origin":"domestic"}""", "k-1"));
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await done.Content.ReadAsStringAsync());
        replay.Headers.ETag.ShouldBe(done.Headers.ETag);
    }

    [Theory]
    [InlineData("""jsonb_set(data, '{createdAt}', to_jsonb(to_char((now() - interval '25 hours') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))""")]
    [InlineData("""jsonb_set(data, '{completed}', 'false')""")]
    public async Task An_expired_record_or_a_reservation_left_by_an_older_version_blocks_nothing(string change)
    {
        var (tenantId, client) = await api.TenantClientAsync("consultant");
        var body = """{"name":"Once","sector":"gaming","origin":"domestic"}""";
        var first = await client.SendAsync(Create(body, "old-key"));
        var firstId = (string)(await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        await using (var connection = new Npgsql.NpgsqlConnection(ApiFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                $"update vendoradvisor.mt_doc_idempotencyrecord set data = {change} where tenant_id = @tenant", connection);
            command.Parameters.AddWithValue("tenant", tenantId);
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var again = await client.SendAsync(Create(body, "old-key"));

        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        ((string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!).ShouldNotBe(firstId);
        (await client.SendAsync(Create(body, "old-key"))).Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    [Fact]
    public async Task Refused_requests_and_repeated_key_issues_leave_no_tombstone_and_the_feed_never_shows_one()
    {
        var tenantId = await api.CreateTenantAsync();
        var admin = api.SystemAdmin();
        (await admin.PostAsJsonAsync("/v1/admin/tenants", new { id = tenantId, name = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var tenantAdmin = api.As(await api.KeyAsync(tenantId, "admin"));
        for (var i = 0; i < 3; i++) await api.IssueKeyAsync(tenantId, "auditor", tenantAdmin);
        for (var i = 0; i < 2; i++) await api.IssueKeyAsync(tenantId, "consultant");

        (await TombstonesAsync(tenantId)).ShouldBe(0);
        await InsertTombstoneAsync(tenantId); // as Marten does after a failed append
        var feed = await tenantAdmin.GetStringAsync("/v1/audit/events?limit=1000");
        feed.ShouldNotContain("tombstone");
        feed.ShouldContain("api_key_issued");
    }

    [Fact]
    public async Task Beyond_capacity_requests_get_503_with_retry_after_quickly_and_health_still_answers()
    {
        var (tenantId, _) = await api.TenantClientAsync("consultant");
        var key = await api.KeyAsync(tenantId, "consultant");
        using var small = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Load:MaxConcurrentRequests", "1").UseSetting("Load:QueueLength", "1").UseSetting("Load:QueueTimeoutMilliseconds", "50"));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var profile = await client.PostAsync("/v1/profiles", Json("""{"name":"Busy","sector":"gaming","origin":"domestic"}"""));
        var id = (string)(await profile.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var heavy = Enumerable.Range(0, 12).Select(_ => client.PostAsync($"/v1/evaluate",
            Json("""{"name":"What if","sector":"gaming","origin":"domestic","samples":100000}"""))).ToList();
        var health = await small.CreateClient().GetAsync("/health/live");
        var answers = await Task.WhenAll(heavy);

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.ShouldContain(answer => answer.StatusCode == HttpStatusCode.OK);
        var shed = answers.Where(answer => answer.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        shed.ShouldNotBeEmpty();
        foreach (var answer in shed)
        {
            await answer.ShouldBeProblemAsync(503);
            answer.Headers.RetryAfter.ShouldNotBeNull();
        }
        answers.ShouldAllBe(answer => answer.StatusCode == HttpStatusCode.OK || answer.StatusCode == HttpStatusCode.ServiceUnavailable);
        id.ShouldNotBeNullOrEmpty();
    }

    private static async Task<long> TombstonesAsync(string tenantId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select count(*) from vendoradvisor.mt_events where tenant_id = @tenant and type = 'tombstone'", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task InsertTombstoneAsync(string tenantId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            insert into vendoradvisor.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
            select nextval('vendoradvisor.mt_events_sequence'), gen_random_uuid(), s.id, 999999 + nextval('vendoradvisor.mt_events_sequence'),
                   '{}', 'tombstone', '-infinity', @tenant, 'Marten.Events.Operations.Tombstone'
            from vendoradvisor.mt_streams s where s.tenant_id = @tenant limit 1
            """, connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
