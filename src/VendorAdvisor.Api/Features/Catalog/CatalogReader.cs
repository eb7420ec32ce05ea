using Marten;
using VendorAdvisor.Api.Infrastructure.Caching;
using VendorAdvisor.Api.Infrastructure.Storage;
using VendorAdvisor.Domain;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Api.Features.Catalog;

/// The tenant's catalog: the published one with the tenant's overrides applied, and its version.
public sealed record TenantCatalogView(VendorCatalog Catalog, CatalogVersion Version, IReadOnlySet<string> Overridden);

/// Composes a tenant's catalog: now (for new recommendations) or at a recorded version (for replays and
/// diffs). Every read goes through the caller's tenant-scoped session.
public sealed class CatalogReader(SeedCatalog seed, CacheInvalidation cache, TenantRegistry registry)
{
    /// The tenant's current catalog, kept per tenant until its overrides change (on any instance: see
    /// <see cref="CatalogTopics"/>), so that reads and recommendations do not load and compose it every time.
    public async Task<TenantCatalogView> CurrentAsync(IQuerySession session, CancellationToken ct)
    {
        var topic = CatalogTopics.Topic(session.TenantId);
        if (cache.TryGet<TenantCatalogView>(topic, out var cached)) return cached;

        var stamp = cache.Stamp;
        var overrides = await session.LoadAsync<TenantCatalog>(TenantCatalog.StreamId(session.TenantId), ct);
        var view = Compose(seed.Catalog, overrides, new CatalogVersion(seed.Catalog.Version, overrides?.Revision ?? 0));
        cache.Put(topic, view, stamp);
        return view;
    }

    /// The catalog as it was at a recorded version, or null when this tenant never had that version.
    public async Task<TenantCatalogView?> AtAsync(IQuerySession session, string version, CancellationToken ct)
    {
        if (!CatalogVersion.TryParse(version, out var parsed))
        {
            throw new DecisionInputException($"'{version}' is not a catalog version; versions read like '{seed.Catalog.Version}-r0'.");
        }
        var published = parsed.Published == seed.Catalog.Version
            ? seed.Catalog
            : await LoadPublishedAsync(parsed.Published, ct) is { } stored ? CatalogJson.Parse(stored.Json) : null;
        if (published is null) return null;
        if (parsed.Revision == 0) return Compose(published, null, parsed);
        var overrides = await session.Events.AggregateStreamAsync<TenantCatalog>(
            TenantCatalog.StreamId(session.TenantId), parsed.Revision, token: ct);
        return overrides?.Revision == parsed.Revision ? Compose(published, overrides, parsed) : null;
    }

    private async Task<PublishedCatalog?> LoadPublishedAsync(string version, CancellationToken ct)
    {
        await using var session = registry.QuerySession();
        return await session.LoadAsync<PublishedCatalog>(version, ct);
    }

    /// For a version a stored recommendation recorded: it must exist, or the store was tampered with.
    public async Task<TenantCatalogView> RecordedAsync(IQuerySession session, string version, CancellationToken ct) =>
        await AtAsync(session, version, ct)
        ?? throw new InvalidOperationException($"Catalog version '{version}', recorded by a recommendation, cannot be rebuilt.");

    private static TenantCatalogView Compose(VendorCatalog published, TenantCatalog? overrides, CatalogVersion version)
    {
        var catalog = published;
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var changes = overrides?.Overrides.Values.AsEnumerable() ?? [];
        foreach (var change in changes.OrderBy(o => TenantCatalog.Key(o.Vendor, o.Criterion), StringComparer.Ordinal))
        {
            catalog = catalog.WithOverride(new AssessmentOverride(change.Vendor, change.Criterion, change.Score, change.Uncertainty,
                change.Rationale, OverriddenBy: "tenant"));
            overridden.Add(TenantCatalog.Key(change.Vendor, change.Criterion));
        }
        return new TenantCatalogView(catalog with { Version = version.ToString() }, version, overridden);
    }
}
