using System.Text.Json;
using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Http;
using VendorAdvisor.Api.Infrastructure.OpenApi;

namespace VendorAdvisor.Api.Features.Audit;

public sealed record ReadAuditFeedRequest : AuditFilter
{
    /// <summary>The `next` cursor of the previous page, or an event's `sequence`: events after it. Empty: from the start.</summary>
    [QueryParam]
    public override string? After { get; init; }

    /// <summary>Events per page, 1 to 1000 (default 100). Ignored for an NDJSON export unless given.</summary>
    [QueryParam]
    public override int? Limit { get; init; }
}

public sealed class ReadAuditFeedValidator : Validator<ReadAuditFeedRequest>
{
    public ReadAuditFeedValidator()
    {
        Include(new AuditFilterRules());
    }
}

public sealed class ReadAuditFeed(IQuerySession session, AuditLog log, AuditHorizons horizons, IConfiguration configuration)
    : Endpoint<ReadAuditFeedRequest, AuditEventPage>
{
    public const int MaxLimit = 1000;
    public const string NdJson = "application/x-ndjson";
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public override void Configure()
    {
        Get("/v1/audit/events");
        Roles(Role.Admin, Role.Auditor);
        Description(endpoint => endpoint.Produces<AuditEventPage>(200, "application/json", NdJson));
        Options(route => route.WithMetadata(new DocumentedLines(NdJson,
            "One event per line (NDJSON), as in `items` of a JSON page, in feed order up to the audit horizon; no paging fields.",
            (null, typeof(AuditEvent)))));
        Summary(s =>
        {
            s.Summary = "Pages through all of the tenant's events in order, with filters; or exports them as NDJSON.";
            s.Description = "Profiles, recommendations, catalog overrides, tenant and key management: every event with its actor and " +
                            "correlation id. Follow `next` until it is null. When `Accept` prefers `application/x-ndjson` (names it with a " +
                            "higher q than `application/json`) the same feed streams as one event per line, in constant memory whatever its " +
                            "size; no `Accept`, `*/*`, or a tie: a JSON page. Cursors are opaque and belong to one tenant.";
            s.Responses[200] = "One page of events (JSON), or the whole feed (NDJSON).";
            s.Responses[503] = "The newest events are not settled yet (a transaction that may still add one below them has been open " +
                               "for longer than Audit:FeedSettleSeconds), or the database does not answer; retry after Retry-After.";
            s.ResponseExamples[200] = AuditEventPage.Example;
        });
    }

    public override async Task HandleAsync(ReadAuditFeedRequest req, CancellationToken ct)
    {
        if (!log.TryStartAfter(session, req.After, out var after))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status400BadRequest, AuditLog.NotACursor));
            return;
        }

        // Only up to the horizon: PostgreSQL commits in its own order, and a page that showed event 42 while 41 was
        // still being committed would let a client resuming after 42 pass over 41 for good (see AuditHorizon).
        var settled = await horizons.For(session.Database).SettleAsync(
            TimeSpan.FromSeconds(configuration.GetValue("Audit:FeedSettleSeconds", 2.0)), ct);
        if (settled is null)
        {
            HttpContext.Response.Headers.RetryAfter = "2";
            await Send.ResultAsync(Problems.Result(StatusCodes.Status503ServiceUnavailable,
                "The newest events are not settled yet: a transaction that may still add one has been open for a while; retry in a few seconds."));
            return;
        }

        // The same negotiation as every endpoint with two formats: a client generated for the JSON page gets it.
        var export = HttpContext.Request.Prefers(NdJson, "application/json");
        var query = new AuditQuery(after, export ? req.Limit : req.Limit ?? 100, req.Type, req.Actor, req.Stream, req.From, req.To, settled);
        if (export)
        {
            await ExportAsync(query, ct);
            return;
        }

        await Send.OkAsync(await log.PageAsync(session, query, ct), ct);
    }

    private async Task ExportAsync(AuditQuery query, CancellationToken ct)
    {
        HttpContext.Response.ContentType = NdJson;
        var body = HttpContext.Response.Body;
        var written = 0;
        await foreach (var item in log.ReadAsync(session, query, ct))
        {
            await JsonSerializer.SerializeAsync(body, item, ApiJson.Options, ct);
            await body.WriteAsync(NewLine, ct);
            if (++written % 200 == 0) await body.FlushAsync(ct);
        }
        await body.FlushAsync(ct);
    }
}
