namespace VendorAdvisor.Api.Infrastructure.Http;

/// Browsers on other origins may call the API only from the origins listed in Cors:AllowedOrigins (none by
/// default). Preflights are answered before authentication, since a browser sends them without the key.
public static class CorsSetup
{
    private static readonly string[] RequestHeaders =
        ["X-Api-Key", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "X-Correlation-Id", "X-Causation-Id"];

    private static readonly string[] ResponseHeaders =
        ["ETag", "Location", "Link", "Retry-After", "Idempotent-Replayed", "X-Correlation-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

    public static IServiceCollection AddCorsAllowList(this IServiceCollection services, IConfiguration configuration)
    {
        // Empty entries (an unset variable in docker-compose.yml) allow nothing.
        var origins = (configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? []).Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray();
        return services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ResponseHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }
}
