using System.Text;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.Features;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Audit;

public sealed record StreamAuditEventsRequest : AuditFilter
{
    /// <summary>Resume after this cursor (an event's `sequence`, the feed's `next`, or the id of the stream's `ready` event). Empty: from now on.</summary>
    [QueryParam]
    public override string? After { get; init; }

    /// <summary>Close the stream after this many events (1 to 1000); default: never.</summary>
    [QueryParam]
    public override int? Limit { get; init; }

    /// <summary>Set by EventSource when it reconnects: the id of the last event received; wins over `after`.</summary>
    [FromHeader("Last-Event-ID", isRequired: false)]
    public string? LastEventId { get; init; }
}

public sealed class StreamAuditEventsValidator : Validator<StreamAuditEventsRequest>
{
    public StreamAuditEventsValidator()
    {
        Include(new AuditFilterRules());
        RuleFor(x => x.LastEventId).MaximumLength(100);
    }
}

public sealed class StreamAuditEvents(IQuerySession session, AuditLog log, AuditCursor cursors, AuditHorizons horizons, IConfiguration configuration, IHostApplicationLifetime lifetime, TimeProvider clock)
    : Endpoint<StreamAuditEventsRequest>
{
    private long lastWrite;

    public const string EventStream = "text/event-stream";

    /// Events read and written at a time: what one slow client can hold on the server.
    public const int Batch = 100;

    public override void Configure()
    {
        Get("/v1/audit/stream");
        Roles(Role.Admin, Role.Auditor);
        Description(endpoint => endpoint.Produces<string>(200, EventStream));
        Summary(s =>
        {
            s.Summary = "Follows the tenant's events live as Server-Sent Events, with the feed's filters.";
            s.Description = "Each committed event, in order, as `id: <cursor>` and `data: <the event as in GET /v1/audit/events>`. It opens " +
                            "with a `ready` event whose id is the starting position. Reconnect with `Last-Event-ID` (EventSource does it) or " +
                            "`?after=` to resume exactly after the last event received: nothing missed, nothing twice, on any API instance. " +
                            "Events are sent only once every earlier sequence number is settled, so a transaction that commits late is never " +
                            "passed over. A comment line (`: heartbeat`), whenever nothing else has been written for Audit:StreamHeartbeatSeconds " +
                            "(15 s), keeps idle proxies from closing the connection.";
            s.Responses[200] = "An endless text/event-stream.";
            s.Responses[503] = "The instance already serves Audit:MaxStreams streams (default 1000); Retry-After says when to try again.";
            s.ResponseExamples[200] = "retry: 2000\n\nevent: ready\nid: q3Vb0mZJr6n0xXlU1yWc2A\ndata: {\"after\":\"q3Vb0mZJr6n0xXlU1yWc2A\"}\n\n" +
                                      "id: 7Hc2r0pQ1sT9uVwXyZa3Bc\ndata: {\"sequence\":\"7Hc2r0pQ1sT9uVwXyZa3Bc\",\"version\":2,\"type\":\"profile_priorities_set\",…}\n\n" +
                                      ": heartbeat\n\n";
        });
    }

    public override async Task HandleAsync(StreamAuditEventsRequest req, CancellationToken ct)
    {
        var resume = string.IsNullOrEmpty(req.LastEventId) ? req.After : req.LastEventId;
        if (!log.TryStartAfter(session, resume, out var position))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status400BadRequest, "'Last-Event-ID' or 'after' is not a cursor of this tenant's feed."));
            return;
        }

        if (horizons.Subscribers >= configuration.GetValue("Audit:MaxStreams", 1000))
        {
            HttpContext.Response.Headers.RetryAfter = "5";
            await Send.ResultAsync(Problems.Result(StatusCodes.Status503ServiceUnavailable,
                "This instance follows as many audit streams as it may; retry in a few seconds (another instance may have room)."));
            return;
        }

        // Sequence numbers, commits and notifications are per database: follow the one holding the caller's tenant.
        var horizon = horizons.For(session.Database);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        var token = stopping.Token;
        using var subscription = horizon.Subscribe();
        var start = await horizon.FreshAsync(token);
        var scanned = string.IsNullOrEmpty(resume) ? start : position;
        var heartbeat = TimeSpan.FromSeconds(configuration.GetValue("Audit:StreamHeartbeatSeconds", 15.0));

        var response = HttpContext.Response;
        response.ContentType = EventStream;
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx: pass events through as they come
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var ready = cursors.Encode(session.TenantId, scanned);
        await WriteAsync($"retry: 2000\n\nevent: ready\nid: {ready}\ndata: {{\"after\":\"{ready}\"}}\n\n", token);

        var left = req.Limit ?? int.MaxValue;
        try
        {
            while (!token.IsCancellationRequested && left > 0)
            {
                var target = horizon.Current;
                while (scanned < target && left > 0)
                {
                    var query = new AuditQuery(scanned, Math.Min(Batch, left), req.Type, req.Actor, req.Stream, req.From, req.To, target);
                    var count = 0;
                    await foreach (var item in log.ReadAsync(session, query, token))
                    {
                        await WriteAsync($"id: {item.Sequence}\ndata: {JsonSerializer.Serialize(item, ApiJson.Options)}\n\n", token);
                        cursors.TryDecode(session.TenantId, item.Sequence, out scanned);
                        count++;
                        left--;
                    }
                    // Written and flushed before more is read: a slow reader slows the loop, it does not queue events.
                    await response.Body.FlushAsync(token);
                    if (count < query.Limit) scanned = target;
                }
                if (left == 0) break;
                // The horizon wakes every stream of the database whenever any tenant commits, so a quiet or filtered
                // stream can be woken many times a second and still send nothing: the heartbeat is due when nothing
                // has been written to this client for the interval, whatever woke it in between.
                var idle = clock.GetElapsedTime(lastWrite);
                if (idle >= heartbeat)
                {
                    await WriteAsync(": heartbeat\n\n", token);
                    idle = TimeSpan.Zero;
                }
                await subscription.WaitAsync(heartbeat - idle, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away, or the instance is shutting down: the client resumes with Last-Event-ID.
        }
    }

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await HttpContext.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await HttpContext.Response.Body.FlushAsync(ct);
        lastWrite = clock.GetTimestamp();
    }
}
