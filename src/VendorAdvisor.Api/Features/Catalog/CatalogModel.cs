using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JasperFx.Events;
using Marten;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Api.Features.Catalog;

/// A global catalog as published from seeds/catalog.json, kept per version so that any recommendation
/// can be recomputed against the exact catalog it used, even after the seeds have moved on.
public sealed record PublishedCatalog(string Id, string Json, DateTimeOffset PublishedAt);

// A tenant's own view of one assessment, replacing the published one until removed.
public sealed record AssessmentOverridden(string Vendor, string Criterion, double Score, double Uncertainty, string Rationale);

public sealed record AssessmentOverrideRemoved(string Vendor, string Criterion);

/// The tenant's overrides. The version of the stream's last event is the tenant's catalog revision; it is
/// recorded from the events themselves rather than left to Marten's Version convention, which this
/// aggregate did not get.
public sealed class TenantCatalog
{
    public Guid Id { get; set; }
    public long Revision { get; set; }
    public Dictionary<string, AssessmentOverridden> Overrides { get; set; } = [];

    public static TenantCatalog Create(IEvent<AssessmentOverridden> first)
    {
        var catalog = new TenantCatalog { Id = first.StreamId };
        catalog.Apply(first);
        return catalog;
    }

    public void Apply(IEvent<AssessmentOverridden> change)
    {
        Overrides[Key(change.Data.Vendor, change.Data.Criterion)] = change.Data;
        Revision = change.Version;
    }

    public void Apply(IEvent<AssessmentOverrideRemoved> change)
    {
        Overrides.Remove(Key(change.Data.Vendor, change.Data.Criterion));
        Revision = change.Version;
    }

    public static string Key(string vendor, string criterion) => $"{vendor}/{criterion}";

    /// One stream per tenant, at an id derived from the tenant so that no lookup is needed to find it.
    public static Guid StreamId(string tenantId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("tenant-catalog:" + tenantId)).AsSpan(0, 16));
}

/// What a recommendation records: which published catalog, at which revision of the tenant's overrides.
/// Written `2025.1-r3`: no character that a URL would need to escape.
public sealed record CatalogVersion(string Published, long Revision)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Published}-r{Revision}");

    public static bool TryParse(string text, out CatalogVersion version)
    {
        version = new CatalogVersion("", 0);
        var mark = text.LastIndexOf("-r", StringComparison.Ordinal);
        if (mark <= 0 || !long.TryParse(text.AsSpan(mark + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)) return false;
        version = new CatalogVersion(text[..mark], revision);
        return true;
    }
}

/// The tenant's catalog: the published one with the tenant's overrides applied, and its version.
public sealed record TenantCatalogView(VendorCatalog Catalog, CatalogVersion Version, IReadOnlySet<string> Overridden);

public static class CatalogStorage
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) =>
        services.AddSingleton<SeedCatalog>().AddSingleton<CatalogReader>().AddHostedService<CatalogPublisher>()
            .AddSingleton<Infrastructure.Caching.ICacheTopics, CatalogTopics>();

    public static void ConfigureCatalog(this StoreOptions options)
    {
        options.RegisterDocumentType<PublishedCatalog>();
        options.Projections.Snapshot<TenantCatalog>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        options.Schema.For<TenantCatalog>().MultiTenanted();
        options.Events.MapEventType<AssessmentOverridden>("assessment_overridden");
        options.Events.MapEventType<AssessmentOverrideRemoved>("assessment_override_removed");
    }
}
