using System.Threading.RateLimiting;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Token buckets kept in the registry database, so that a key's allowance is the same whichever node
/// serves it and however many nodes there are. One statement per request refills the bucket for the time
/// elapsed (by the database's clock, so nodes' clocks do not matter) and takes a token when there is one;
/// the row lock serialises concurrent requests of one key, and keys do not wait on each other. The table
/// is unlogged: after a crash of the database the buckets start full, which costs nothing worth a WAL write
/// per request.
public sealed class SharedRateLimiter(NpgsqlDataSource registry, ILogger<SharedRateLimiter> logger)
{
    public const string Table = TenantRegistry.SchemaName + ".rate_limit_buckets";

    /// How many whole tokens the bucket holds after this request (metadata of every lease, for headers).
    public static readonly MetadataName<int> Remaining = MetadataName.Create<int>("RateLimit-Remaining");

    public const string CreateTable =
        $"""
        create unlogged table if not exists {Table} (
            bucket      text primary key,
            tokens      double precision not null,
            granted     boolean not null,
            refilled_at timestamptz not null)
        """;

    private const string Take =
        $"""
        insert into {Table} as b (bucket, tokens, granted, refilled_at)
        values (@bucket, @burst - 1, true, clock_timestamp())
        on conflict (bucket) do update set
            granted = least(@burst, b.tokens + @rate * extract(epoch from clock_timestamp() - b.refilled_at)) >= 1,
            tokens = least(@burst, b.tokens + @rate * extract(epoch from clock_timestamp() - b.refilled_at))
                     - case when least(@burst, b.tokens + @rate * extract(epoch from clock_timestamp() - b.refilled_at)) >= 1 then 1 else 0 end,
            refilled_at = clock_timestamp()
        returning granted, tokens
        """;

    public async ValueTask<RateLimitLease> AcquireAsync(string bucket, double perSecond, int burst, CancellationToken ct)
    {
        try
        {
            await using var command = registry.CreateCommand(Take);
            command.Parameters.AddWithValue("bucket", bucket);
            command.Parameters.AddWithValue("burst", (double)burst);
            command.Parameters.AddWithValue("rate", perSecond);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var granted = reader.GetBoolean(0);
            var tokens = reader.GetDouble(1);
            var retryAfter = granted ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - tokens) / perSecond);
            return new BucketLease(granted, (int)Math.Floor(tokens), retryAfter);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The limit protects the service; an unreachable registry already refuses keyed requests, so let
            // this one through rather than turn a limiter fault into an outage.
            logger.LogWarning("The shared rate limit could not be read, the request goes through: {Reason}", exception.Message);
            return new BucketLease(true, burst, TimeSpan.Zero);
        }
    }

    private sealed class BucketLease(bool granted, int remaining, TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => granted;

        public override IEnumerable<string> MetadataNames =>
            granted ? [Remaining.Name] : [Remaining.Name, MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == Remaining.Name ? remaining
                : !granted && metadataName == MetadataName.RetryAfter.Name ? retryAfter
                : null;
            return metadata is not null;
        }
    }
}

/// ASP.NET Core's rate limiting middleware over the shared buckets: the partition (which bucket) and the
/// allowance are decided per request; the count lives in PostgreSQL.
public sealed class SharedPartitionedRateLimiter(
    SharedRateLimiter buckets, Func<HttpContext, string?> bucketOf, double perSecond, int burst) : PartitionedRateLimiter<HttpContext>
{
    private static readonly RateLimitLease Unlimited = new FixedLease(true);
    private static readonly RateLimitLease TryAsync = new FixedLease(false);

    private static readonly object RemainingKey = new();

    // What the request's own lease left in its bucket (for the RateLimit-* headers); null when it drew none.
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        resource.Items.TryGetValue(RemainingKey, out var remaining) && remaining is int permits
            ? new RateLimiterStatistics { CurrentAvailablePermits = permits }
            : null;

    // The middleware asks synchronously first and waits only when that fails: answer "not yet" for limited
    // requests, so that the database is asked once, asynchronously.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        bucketOf(resource) is null ? Unlimited : TryAsync;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (bucketOf(resource) is not { } bucket)
        {
            return Unlimited;
        }
        var lease = await buckets.AcquireAsync(bucket, perSecond, burst, cancellationToken);
        if (lease.TryGetMetadata(SharedRateLimiter.Remaining, out var remaining))
        {
            resource.Items[RemainingKey] = remaining;
        }
        return lease;
    }

    // Shared instances: disposing one releases nothing.
    private sealed class FixedLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
