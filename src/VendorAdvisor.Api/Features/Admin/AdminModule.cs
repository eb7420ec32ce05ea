using Marten;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

/// Tenants and API keys: what they store. Authentication reads the credentials (Infrastructure/Security).
public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        // Tenants and keys live in the registry database, so that every node resolves every tenant's keys
        // whatever database the tenant's data is on; their events go to the tenant's own stream.
        services.ConfigureRegistry(options => options.ConfigureAdminRegistry());
        return services.ConfigureMarten(options => options.ConfigureAdmin());
    }

    public static void ConfigureAdminRegistry(this StoreOptions options)
    {
        options.RegisterDocumentType<Tenant>();
        options.Schema.For<ApiKeyCredential>().Index(key => key.TenantId);
    }

    public static void ConfigureAdmin(this StoreOptions options)
    {
        // Stored names are fixed here so that renaming a record never orphans the events already stored.
        options.Events.MapEventType<TenantRegistered>("tenant_registered");
        options.Events.MapEventType<ApiKeyIssued>("api_key_issued");
        options.Events.MapEventType<ApiKeyRevoked>("api_key_revoked");
    }
}
