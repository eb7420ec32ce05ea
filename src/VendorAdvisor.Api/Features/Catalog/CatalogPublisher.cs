using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Catalog;

/// A global catalog as published from seeds/catalog.json, kept per version so that any recommendation
/// can be recomputed against the exact catalog it used, even after the seeds have moved on.
public sealed record PublishedCatalog(string Id, string Json, DateTimeOffset PublishedAt);

/// Stores the seed catalog under its version once, so that later versions of the seeds do not erase the
/// catalog old recommendations were computed with. Published catalogs belong to no tenant: they live in
/// the registry database, beside the tenants.
public sealed class CatalogPublisher(TenantRegistry registry, SeedCatalog seed, TimeProvider clock) : IStartupStorageWork
{
    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = registry.LightweightSession();
        if (await session.LoadAsync<PublishedCatalog>(seed.Catalog.Version, ct) is not null) return;
        session.Insert(new PublishedCatalog(seed.Catalog.Version, seed.Json, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // Another instance published it first: the same version holds the same catalog.
        }
    }
}
