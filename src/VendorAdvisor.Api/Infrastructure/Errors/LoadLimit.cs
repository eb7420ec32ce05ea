using System.Threading.RateLimiting;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// The bound on requests in flight on this instance (one per process, a singleton), read by
/// <see cref="LoadShedding"/>. Configuration: Load:MaxConcurrentRequests (default 4 per core), Load:QueueLength
/// (default twice the permits), Load:QueueTimeoutMilliseconds (default 500).
public sealed class LoadLimit : IDisposable
{
    private readonly ConcurrencyLimiter limiter;

    public LoadLimit(IConfiguration configuration)
    {
        Permits = configuration.GetValue("Load:MaxConcurrentRequests", 4 * Environment.ProcessorCount);
        QueueLength = configuration.GetValue("Load:QueueLength", 2 * Permits);
        QueueTimeout = TimeSpan.FromMilliseconds(configuration.GetValue("Load:QueueTimeoutMilliseconds", 500));
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Permits,
            QueueLimit = QueueLength,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int Permits { get; }

    public int QueueLength { get; }

    public TimeSpan QueueTimeout { get; }

    /// Requests holding a permit now: what an operator (or a test) reads to know the instance is full.
    public long InFlight => Permits - (limiter.GetStatistics()?.CurrentAvailablePermits ?? Permits);

    /// Requests waiting for a permit now.
    public long Queued => limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// Waits for a permit for at most QueueTimeout; a lease that is not acquired means: refuse the request. Throws
    /// only when the client has gone away while waiting.
    public async ValueTask<RateLimitLease> AdmitAsync(CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(QueueTimeout);
        try
        {
            return await limiter.AcquireAsync(1, timeout.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return FailedLease.Instance;
        }
    }

    public void Dispose() => limiter.Dispose();

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
