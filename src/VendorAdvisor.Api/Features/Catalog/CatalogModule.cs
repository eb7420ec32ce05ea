using JasperFx.Events.Projections;
using Marten;

namespace VendorAdvisor.Api.Features.Catalog;

/// The published catalog, each tenant's overrides, and the reader that composes them.
public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<SeedCatalog>().AddSingleton<CatalogReader>().AddHostedService<CatalogPublisher>()
            .AddSingleton<Infrastructure.Caching.ICacheTopics, CatalogTopics>();
        return services.ConfigureMarten(options => options.ConfigureCatalog());
    }

    public static void ConfigureCatalog(this StoreOptions options)
    {
        options.RegisterDocumentType<PublishedCatalog>();
        options.Projections.Snapshot<TenantCatalog>(SnapshotLifecycle.Inline);
        options.Schema.For<TenantCatalog>().MultiTenanted();
        options.Events.MapEventType<AssessmentOverridden>("assessment_overridden");
        options.Events.MapEventType<AssessmentOverrideRemoved>("assessment_override_removed");
    }
}
