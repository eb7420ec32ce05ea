using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Audit;

/// An event no projection handles, appended by a test inside a transaction it controls.
public sealed record StreamTestEvent(string Note);

[Collection(ApiTests.Name)]
public sealed class AuditStreamTests(ApiFixture api)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    private static async Task<SseReader> OpenAsync(HttpClient client, string query = "", string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/stream" + query);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, response.StatusCode == HttpStatusCode.OK ? "" : await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var stream = new SseReader(response);
        var ready = await stream.NextAsync(Soon);
        ready.ShouldNotBeNull("the stream opens with a ready event");
        ready.Event.ShouldBe("ready");
        return stream;
    }

    private static async Task<List<ServerSentEvent>> TakeAsync(SseReader stream, int count)
    {
        var events = new List<ServerSentEvent>();
        while (events.Count < count)
        {
            var next = await stream.NextAsync(Soon);
            next.ShouldNotBeNull($"only {events.Count} of {count} events arrived");
            events.Add(next);
        }
        return events;
    }

    private static string Type(ServerSentEvent e) => (string)JsonNode.Parse(e.Data)!["type"]!;

    private async Task<(string Tenant, HttpClient Consultant, HttpClient Auditor)> TenantAsync()
    {
        var (tenant, consultant) = await api.TenantClientAsync("consultant");
        return (tenant, consultant, api.As(await api.KeyAsync(tenant, "auditor")));
    }

    private static async Task<List<string>> FeedSequencesAsync(HttpClient auditor, string query = "") =>
        [.. (await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=1000" + query))!["items"]!.AsArray().Select(e => (string)e!["sequence"]!)];

    [Fact]
    public async Task New_events_arrive_in_order_with_the_feeds_cursors_and_a_reconnect_resumes_without_gap_or_repeat()
    {
        var (_, consultant, auditor) = await TenantAsync();
        var stream = await OpenAsync(auditor);
        for (var i = 0; i < 3; i++) await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio($"Live {i}"));

        var first = await TakeAsync(stream, 3);
        await stream.DisposeAsync();
        for (var i = 3; i < 5; i++) await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio($"Live {i}"));
        await using var resumed = await OpenAsync(auditor, lastEventId: first[^1].Id);
        var rest = await TakeAsync(resumed, 2);

        var feed = await FeedSequencesAsync(auditor, "&type=profile_created");
        first.Concat(rest).Select(e => e.Id).ShouldBe(feed);
        first.Concat(rest).Select(e => (string)JsonNode.Parse(e.Data)!["sequence"]!).ShouldBe(feed);
        first.Concat(rest).ShouldAllBe(e => Type(e) == "profile_created");
        (await resumed.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull("nothing is sent twice");
    }

    [Fact]
    public async Task An_event_committed_late_is_not_passed_over_and_a_rolled_back_append_does_not_stall_the_stream()
    {
        var (tenant, consultant, auditor) = await TenantAsync();
        await using var stream = await OpenAsync(auditor);
        var store = api.Factory.Services.GetRequiredService<IDocumentStore>();

        // A transaction appends first (takes the lower sequence number) and commits last.
        await using (var connection = new NpgsqlConnection(ApiFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var options = SessionOptions.ForTransaction(transaction);
            options.TenantId = tenant;
            await using (var session = store.LightweightSession(options))
            {
                session.Events.StartStream(Guid.CreateVersion7(), new StreamTestEvent("committed late"));
                await session.SaveChangesAsync();
            }
            await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("Committed early"));

            (await stream.NextAsync(TimeSpan.FromSeconds(2))).ShouldBeNull("the later event waits for the earlier one");
            await transaction.CommitAsync();
        }
        var both = await TakeAsync(stream, 2);
        both.Select(Type).ShouldBe(["stream_test_event", "profile_created"]);

        // A transaction reserves a number and rolls back: the hole is proven dead, the stream goes on.
        await using (var connection = new NpgsqlConnection(ApiFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var reserve = new NpgsqlCommand("select nextval('vendoradvisor.mt_events_sequence')", connection, transaction)) await reserve.ExecuteScalarAsync();
            await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("After a hole"));
            (await stream.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull("held while the reserving transaction may still write");
            await transaction.RollbackAsync();
        }
        var third = (await TakeAsync(stream, 1))[0];
        Type(third).ShouldBe("profile_created");
        (await FeedSequencesAsync(auditor)).TakeLast(3).ShouldBe([.. both.Select(e => e.Id!), third.Id!]);
    }

    [Fact]
    public async Task Concurrent_writers_reach_the_stream_each_exactly_once_in_sequence_order()
    {
        var (_, consultant, auditor) = await TenantAsync();
        await using var stream = await OpenAsync(auditor, "?type=profile_created");

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio($"Racer {i}"))));

        var events = await TakeAsync(stream, 24);
        events.Select(e => e.Id).ShouldBe(await FeedSequencesAsync(auditor, "&type=profile_created"));
        (await stream.NextAsync(TimeSpan.FromSeconds(1))).ShouldBeNull();
    }

    [Fact]
    public async Task Another_api_instance_streams_what_this_one_writes_and_resumes_from_its_cursors()
    {
        var (_, consultant, auditor) = await TenantAsync();
        await using var other = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Testing").UseSetting("Audit:StreamHeartbeatSeconds", "1"));
        var otherAuditor = other.CreateClient();
        otherAuditor.DefaultRequestHeaders.Add("X-Api-Key", auditor.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var stream = await OpenAsync(otherAuditor);

        var (profileId, _) = await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("Written on A"));
        var seen = (await TakeAsync(stream, 1))[0];
        (await stream.NextAsync(TimeSpan.FromSeconds(3), comments: true))!.Comment.ShouldBe("heartbeat");
        await stream.DisposeAsync();
        (await consultant.DeleteAsync($"/v1/profiles/{profileId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var back = await OpenAsync(auditor, $"?after={seen.Id}&stream={profileId}");
        Type((await TakeAsync(back, 1))[0]).ShouldBe("profile_archived");
    }

    [Fact]
    public async Task A_stream_that_receives_nothing_gets_heartbeats_at_its_interval_while_others_commit_more_often()
    {
        var (_, consultant, auditor) = await TenantAsync();
        var (_, stranger) = await api.TenantClientAsync("consultant");
        var interval = TimeSpan.FromSeconds(1);
        await using var node = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Testing")
            .UseSetting("Audit:StreamHeartbeatSeconds", interval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var nodeAuditor = node.CreateClient();
        nodeAuditor.DefaultRequestHeaders.Add("X-Api-Key", auditor.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        // Filtered to a type nobody writes: every commit below wakes the stream, and none of them is sent to it.
        await using var stream = await OpenAsync(nodeAuditor, "?type=profile_archived");

        using var stop = new CancellationTokenSource();
        var commits = new List<TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var writing = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await ProfileTests.CreateAsync(i % 2 == 0 ? stranger : consultant, ProfileTests.GameStudio($"Busy {i}"));
                lock (commits) commits.Add(clock.Elapsed);
                await Task.Delay(interval / 5);
            }
        });

        var heartbeats = new List<TimeSpan>();
        var window = TimeSpan.FromSeconds(5);
        while (clock.Elapsed < window)
        {
            var next = await stream.NextAsync(window - clock.Elapsed, comments: true);
            if (next is null) break;
            next.Comment.ShouldBe("heartbeat", "nothing but heartbeats reaches a stream filtered to a type nobody writes");
            heartbeats.Add(clock.Elapsed);
        }
        await stop.CancelAsync();
        await writing;

        // The premise: the database was busier than the heartbeat interval all along.
        commits.Count.ShouldBeGreaterThan((int)(window / interval), "the writers committed more often than the heartbeat interval");
        heartbeats.Count.ShouldBeInRange(3, 6, $"heartbeats at {string.Join(", ", heartbeats)}");
        heartbeats.Zip(heartbeats.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap > interval * 0.5 && gap < interval * 2);
    }

    [Fact]
    public async Task Roles_cursors_and_tenants_are_checked_as_for_the_feed()
    {
        var (_, consultant, auditor) = await TenantAsync();
        var (_, _, strangerAuditor) = await TenantAsync();
        await ProfileTests.CreateAsync(consultant);
        var cursor = (await FeedSequencesAsync(auditor))[0];

        await (await consultant.GetAsync("/v1/audit/stream")).ShouldBeProblemAsync(403);
        await (await api.Anonymous().GetAsync("/v1/audit/stream")).ShouldBeProblemAsync(401);
        await (await auditor.GetAsync("/v1/audit/stream?after=not-a-cursor")).ShouldBeProblemAsync(400);
        var foreign = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/stream");
        foreign.Headers.Add("Last-Event-ID", cursor);
        foreign.Headers.Accept.ParseAdd("text/event-stream");
        await (await strangerAuditor.SendAsync(foreign)).ShouldBeProblemAsync(400);

        await using var stranger = await OpenAsync(strangerAuditor);
        await ProfileTests.CreateAsync(consultant);
        (await stranger.NextAsync(TimeSpan.FromSeconds(2))).ShouldBeNull("another tenant's events never show");
    }
}
