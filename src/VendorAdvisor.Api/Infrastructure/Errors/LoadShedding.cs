using System.Diagnostics;
using System.Globalization;
using VendorAdvisor.Api.Infrastructure.Telemetry;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Bounds the work in flight on this instance (<see cref="LoadLimit"/>). Beyond its capacity a request waits in a
/// short queue, for a short time, and is otherwise refused at once with 503 and Retry-After, so that admitted
/// requests keep their latency instead of every request getting slower as load grows. Health and the OpenAPI
/// document are never shed: an orchestrator must still see the instance, and a saturated instance is alive.
///
/// Every request under the limit answers with `Server-Timing: queue;dur=MS, app;dur=MS` (milliseconds): the time it waited
/// for admission, then the time from admission to the start of the response (a refused one has only `queue`, the
/// time it took to be refused). The server measures both itself, so they show whether admitted requests keep
/// their latency under overload even when the client that measures shares the machine and adds its own queueing.
public static class LoadShedding
{
    public const int RetryAfterSeconds = 1;

    public const string TimingHeader = "Server-Timing";

    public static WebApplication UseLoadShedding(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<LoadLimit>();
        // The limit can only refuse a request that reaches it. The thread pool starts with one thread per core and
        // adds more slowly, so under CPU-bound load new requests would wait in its queue, unbounded and unseen,
        // behind the admitted ones: start with a thread for each permit and two per core to spare, which refuse,
        // answer health probes and resume I/O while every permit is busy.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        var wanted = limit.Permits + 2 * Environment.ProcessorCount;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, completions);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            // A live audit stream mostly waits and would hold a permit for hours: it is bounded on its own
            // (Audit:MaxStreams) rather than here.
            if (path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/metrics")
                || path.StartsWithSegments("/v1/audit/stream"))
            {
                await next(context);
                return;
            }
            var arrived = Stopwatch.GetTimestamp();
            using var lease = await limit.AdmitAsync(context.RequestAborted);
            var admitted = Stopwatch.GetTimestamp();
            var queued = Stopwatch.GetElapsedTime(arrived, admitted);
            ApiMetrics.AdmissionWaited(queued, lease.IsAcquired);
            if (!lease.IsAcquired)
            {
                context.Response.Headers[TimingHeader] = $"queue;dur={Milliseconds(queued)}";
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                    $"The service is at capacity; retry after {RetryAfterSeconds} s.");
                return;
            }
            // At the start of the response rather than its end: a long body (a feed, a report) is the client's
            // reading speed as much as the server's work.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[TimingHeader] =
                    $"queue;dur={Milliseconds(queued)}, app;dur={Milliseconds(Stopwatch.GetElapsedTime(admitted))}";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    private static string Milliseconds(TimeSpan duration) =>
        duration.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture);
}
