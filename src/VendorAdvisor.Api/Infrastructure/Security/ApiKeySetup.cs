using Microsoft.AspNetCore.Authentication;

namespace VendorAdvisor.Api.Infrastructure.Security;

public static class ApiKeySetup
{
    /// Every request is authenticated by its X-Api-Key; endpoints gate on the key's role.
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(provider => SystemAdminKey.Resolve(configuration, environment,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<SystemAdminKey>()));
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<Caching.ICacheTopics, ApiKeyTopics>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}
