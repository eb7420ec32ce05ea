using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// A token bucket per API key (per client address for requests without a valid key), so that one integrator's
/// loop cannot starve the others. The buckets live in PostgreSQL (the registry database), so the allowance
/// holds across every node of a fleet, not per node.
/// Configuration: RateLimits:PermitsPerSecond (default 200) and RateLimits:Burst (default 400).
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perSecond = configuration.GetValue("RateLimits:PermitsPerSecond", 200.0);
        var burst = configuration.GetValue("RateLimits:Burst", 400);
        services.AddSingleton(new RateLimitPolicy(perSecond, burst));
        services.AddSingleton<SharedRateLimiter>();
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(provider => new ConfigureOptions<RateLimiterOptions>(options =>
            options.GlobalLimiter = new SharedPartitionedRateLimiter(provider.GetRequiredService<SharedRateLimiter>(), BucketOf, perSecond, burst)));
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
