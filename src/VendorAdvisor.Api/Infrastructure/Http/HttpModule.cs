namespace VendorAdvisor.Api.Infrastructure.Http;

/// What browsers and polite polling clients need from HTTP itself: CORS from an allow-list, RateLimit-* headers,
/// ETag with If-None-Match on GETs and Link rel=next on lists.
public static class HttpModule
{
    public static IServiceCollection AddHttpFeatures(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCorsAllowList(configuration);

    /// Before authentication: a preflight carries no key, and the headers must reach 401s and 429s too.
    public static WebApplication UseHttpFeatures(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimitHeaders();
        app.UseConditionalGets();
        return app;
    }
}
