using JasperFx.Events.Projections;
using Marten;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Catalog;

/// The published catalog, each tenant's overrides, and the reader that composes them.
public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<SeedCatalog>().AddSingleton<CatalogReader>().AddStartupStorageWork<CatalogPublisher>()
            .AddSingleton<Infrastructure.Caching.ICacheTopics, CatalogTopics>();
        // Published catalogs belong to no tenant: they live in the registry database, which every node reads.
        services.ConfigureRegistry(options => options.RegisterDocumentType<PublishedCatalog>());
        return services.ConfigureMarten(options => options.ConfigureCatalog());
    }

    public static void ConfigureCatalog(this StoreOptions options)
    {
        options.Projections.Snapshot<TenantCatalog>(SnapshotLifecycle.Inline);
        options.Schema.For<TenantCatalog>().MultiTenanted();
        options.Events.MapEventType<AssessmentOverridden>("assessment_overridden");
        options.Events.MapEventType<AssessmentOverrideRemoved>("assessment_override_removed");
    }
}
