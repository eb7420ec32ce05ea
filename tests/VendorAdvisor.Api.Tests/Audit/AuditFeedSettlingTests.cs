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

/// A page of the feed stops at the audit horizon: an event numbered after one whose transaction is still open
/// is not shown yet, so a client resuming after the last event of a page never passes over the earlier one.
[Collection(ApiTests.Name)]
public sealed class AuditFeedSettlingTests(ApiFixture api)
{
    private async Task<(string Tenant, HttpClient Consultant, HttpClient Auditor)> TenantAsync()
    {
        var (tenant, consultant) = await api.TenantClientAsync("consultant");
        return (tenant, consultant, api.As(await api.KeyAsync(tenant, "auditor")));
    }

    private static async Task<List<string>> TypesAsync(HttpClient auditor, string after = "")
    {
        var page = await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/events?limit=1000" + after);
        return [.. page!["items"]!.AsArray().Select(e => (string)e!["type"]!)];
    }

    /// Appends an event for the tenant in a transaction the test controls: it takes the next sequence number now
    /// and becomes visible only at commit.
    private async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> AppendUncommittedAsync(string tenant)
    {
        var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        var options = SessionOptions.ForTransaction(transaction);
        options.TenantId = tenant;
        await using var session = api.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession(options);
        session.Events.StartStream(Guid.CreateVersion7(), new StreamTestEvent("committed late"));
        await session.SaveChangesAsync();
        return (connection, transaction);
    }

    [Fact]
    public async Task A_page_stops_below_an_event_still_being_committed_and_shows_both_once_it_is()
    {
        var (tenant, consultant, auditor) = await TenantAsync();
        await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("Before"));
        var before = await TypesAsync(auditor);

        // A live stream keeps the horizon running, as on a node where auditors follow the trail.
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/audit/stream");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await auditor.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        stream.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (connection, transaction) = await AppendUncommittedAsync(tenant);
        await using (connection)
        await using (transaction)
        {
            await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("Committed first, numbered after"));
            (await TypesAsync(auditor)).ShouldBe(before, "the later event waits below the open one");
            await transaction.CommitAsync();
        }

        (await TypesAsync(auditor)).ShouldBe([.. before, "stream_test_event", "profile_created"]);
    }

    [Fact]
    public async Task Without_a_settled_horizon_in_time_the_page_answers_503_with_retry_after_and_then_recovers()
    {
        var (tenant, consultant, auditor) = await TenantAsync();
        // A node of its own, whose horizon nothing has computed yet: it must wait for the open transaction.
        await using var node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing").UseSetting("Audit:FeedSettleSeconds", "1"));
        var nodeAuditor = node.CreateClient();
        nodeAuditor.DefaultRequestHeaders.Add("X-Api-Key", auditor.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        var (connection, transaction) = await AppendUncommittedAsync(tenant);
        await using (connection)
        await using (transaction)
        {
            await ProfileTests.CreateAsync(consultant, ProfileTests.GameStudio("Waiting"));
            var refused = await nodeAuditor.GetAsync("/v1/audit/events");
            await refused.ShouldBeProblemAsync(503);
            refused.Headers.RetryAfter!.Delta.ShouldNotBeNull();
            await transaction.RollbackAsync();
        }

        (await TypesAsync(nodeAuditor)).ShouldContain("profile_created");
    }
}
