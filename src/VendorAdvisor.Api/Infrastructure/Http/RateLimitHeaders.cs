using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Infrastructure.Http;

/// `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (IETF draft "RateLimit header fields for
/// HTTP") on every response the rate limiter counted, 429s included, so a client can slow down before it is
/// refused. Read from the same limiter that decides, after it decided.
public static class RateLimitHeaders
{
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter;
        var policy = app.ApplicationServices.GetRequiredService<RateLimitPolicy>();
        return app.Use((context, next) =>
        {
            if (limiter is not null && !RateLimits.IsExempt(context.Request.Path))
            {
                context.Response.OnStarting(() =>
                {
                    if (limiter.GetStatistics(context) is { } statistics)
                    {
                        var remaining = Math.Max(0, statistics.CurrentAvailablePermits);
                        var headers = context.Response.Headers;
                        headers["RateLimit-Limit"] = policy.Burst.ToString(CultureInfo.InvariantCulture);
                        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
                        // Seconds until the allowance is whole again.
                        headers["RateLimit-Reset"] = ((long)Math.Ceiling((policy.Burst - remaining) / policy.PermitsPerSecond)).ToString(CultureInfo.InvariantCulture);
                    }
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
    }
}
