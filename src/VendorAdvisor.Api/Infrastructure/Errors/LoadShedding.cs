using System.Globalization;
using System.Threading.RateLimiting;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Bounds the work in flight on this instance. Beyond its capacity a request waits in a short queue, for
/// a short time, and is otherwise refused at once with 503 and Retry-After, so that admitted requests keep
/// their latency instead of every request getting slower as load grows. Health and the OpenAPI document
/// are never shed: an orchestrator must still see the instance, and a saturated instance is alive.
/// Configuration: Load:MaxConcurrentRequests (default 8 per core), Load:QueueLength (default the same),
/// Load:QueueTimeoutMilliseconds (default 500).
public static class LoadShedding
{
    public const int RetryAfterSeconds = 1;

    public static WebApplication UseLoadShedding(this WebApplication app)
    {
        var configuration = app.Configuration;
        var permits = configuration.GetValue("Load:MaxConcurrentRequests", 8 * Environment.ProcessorCount);
        var queue = configuration.GetValue("Load:QueueLength", permits);
        var wait = TimeSpan.FromMilliseconds(configuration.GetValue("Load:QueueTimeoutMilliseconds", 500));
        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
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
            RateLimitLease lease;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
            {
                timeout.CancelAfter(wait);
                try
                {
                    lease = await limiter.AcquireAsync(1, timeout.Token);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    lease = FailedLease.Instance;
                }
            }
            using (lease)
            {
                if (!lease.IsAcquired)
                {
                    context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    await Problems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                        $"The service is at capacity; retry after {RetryAfterSeconds} s.");
                    return;
                }
                await next(context);
            }
        });
        return app;
    }

    private sealed class FailedLease : RateLimitLease
    {
        public static readonly FailedLease Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
