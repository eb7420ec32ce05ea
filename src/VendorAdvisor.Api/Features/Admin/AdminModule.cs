using Marten;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Features.Admin;

/// Tenants and API keys: what they store. Authentication reads the credentials (Infrastructure/Security).
public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureAdmin());
    }

    public static void ConfigureAdmin(this StoreOptions options)
    {
        options.RegisterDocumentType<Tenant>();
        options.Schema.For<ApiKeyCredential>().Index(key => key.TenantId);

        // Stored names are fixed here so that renaming a record never orphans the events already stored.
        options.Events.MapEventType<TenantRegistered>("tenant_registered");
        options.Events.MapEventType<ApiKeyIssued>("api_key_issued");
        options.Events.MapEventType<ApiKeyRevoked>("api_key_revoked");
    }
}
