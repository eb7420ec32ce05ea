using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// A token bucket per API key (per client address for requests without a valid key), so that one integrator's
/// loop cannot starve the others. Where the buckets live is a choice (RateLimits:Shared):
/// - false (the default, one node): in this process. Free: no statement per request.
/// - true (a fleet): in PostgreSQL (the registry database), so the allowance holds across every node, at the cost
///   of one statement per request (it cut cached reads to a quarter of their rate on one node: README, Performance).
/// Configuration: RateLimits:PermitsPerSecond (default 200), RateLimits:Burst (default 400), RateLimits:Shared.
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perSecond = configuration.GetValue("RateLimits:PermitsPerSecond", 200.0);
        var burst = configuration.GetValue("RateLimits:Burst", 400);
        services.AddSingleton(new RateLimitPolicy(perSecond, burst));
        if (configuration.GetValue("RateLimits:Shared", false))
        {
            services.AddSingleton<SharedRateLimiter>();
            services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(provider => new ConfigureOptions<RateLimiterOptions>(options =>
                options.GlobalLimiter = new SharedPartitionedRateLimiter(provider.GetRequiredService<SharedRateLimiter>(), BucketOf, perSecond, burst)));
        }
        else
        {
            services.Configure<RateLimiterOptions>(options => options.GlobalLimiter = InProcess(perSecond, burst));
        }
        return services.AddRateLimiter(options =>
        {
            options.OnRejected = async (rejected, ct) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"This key has used its allowance of about {perSecond} requests a second; retry after {retry} s.");
            };
        });
    }

    /// Probes, the document and the metrics scrape are never limited.
    public static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/metrics");

    /// One node's buckets, in memory.
    private static PartitionedRateLimiter<HttpContext> InProcess(double perSecond, int burst)
    {
        // Refill in small steps, so that a key at its limit is served evenly rather than in bursts each second.
        var (period, tokens) = perSecond >= 10
            ? (TimeSpan.FromMilliseconds(100), (int)Math.Round(perSecond / 10))
            : (TimeSpan.FromSeconds(1 / perSecond), 1);
        return PartitionedRateLimiter.Create<HttpContext, string>(context => BucketOf(context) is { } bucket
            ? RateLimitPartition.GetTokenBucketLimiter(bucket, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter("open"));
    }

    /// The bucket a request draws from, or null for the unlimited paths.
    private static string? BucketOf(HttpContext context)
    {
        if (IsExempt(context.Request.Path))
        {
            return null;
        }
        var caller = Caller.FromPrincipal(context.User);
        return caller.KeyId?.ToString() ?? (caller.IsSystemAdmin ? "system-admin" : "address:" + context.Connection.RemoteIpAddress);
    }
}

/// The allowance per key, for the RateLimit-* headers.
public sealed record RateLimitPolicy(double PermitsPerSecond, int Burst);
