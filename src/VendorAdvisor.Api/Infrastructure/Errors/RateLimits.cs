using System.Globalization;
using System.Threading.RateLimiting;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// A token bucket per API key (per client address for requests without a valid key), so that one integrator's
/// loop cannot starve the others. Per instance: with several instances the limit scales with them.
/// Configuration: RateLimits:PermitsPerSecond (default 200) and RateLimits:Burst (default 400).
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perSecond = configuration.GetValue("RateLimits:PermitsPerSecond", 200.0);
        var burst = configuration.GetValue("RateLimits:Burst", 400);
        // Refill in small steps, so that a key at its limit is served evenly rather than in bursts each second.
        var (period, tokens) = perSecond >= 10
            ? (TimeSpan.FromMilliseconds(100), (int)Math.Round(perSecond / 10))
            : (TimeSpan.FromSeconds(1 / perSecond), 1);
        services.AddSingleton(new RateLimitPolicy(perSecond, burst));
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsExempt(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("open");
                }
                var caller = Caller.FromPrincipal(context.User);
                var partition = caller.KeyId?.ToString() ?? (caller.IsSystemAdmin ? "system-admin" : "address:" + context.Connection.RemoteIpAddress);
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = tokens,
                    ReplenishmentPeriod = period,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
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
}

/// The allowance per key, for the RateLimit-* headers.
public sealed record RateLimitPolicy(double PermitsPerSecond, int Burst);
