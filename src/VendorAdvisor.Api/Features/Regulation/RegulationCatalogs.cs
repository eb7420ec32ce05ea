using Marten;
using VendorAdvisor.Api.Infrastructure.Storage;
using VendorAdvisor.Domain;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Regulation;

/// A regulation catalogue as published from seeds/regulations.json, kept per version so that a recommendation
/// can be recomputed, and its readiness explained, against the exact rules it used.
public sealed record PublishedRegulations(string Id, string Json, DateTimeOffset PublishedAt);

/// The catalogue as seeds/regulations.json has it, parsed once at start-up; the process refuses to start on a
/// catalogue in which a rule lacks a source rather than answer from it.
public sealed class SeedRegulations
{
    public SeedRegulations(IConfiguration configuration)
    {
        var path = Path.GetFullPath(configuration["Regulations:SeedFile"] ?? Path.Combine("seeds", "regulations.json"), AppContext.BaseDirectory);
        Json = File.ReadAllText(path);
        Catalog = RegulationCatalogJson.Parse(Json);
    }

    public string Json { get; }

    public RegulationCatalog Catalog { get; }
}

/// The regulation catalogue now (for new answers) or at a recorded version (for replays and diffs). It is the
/// same for every tenant: the law does not vary by consultancy.
public sealed class RegulationReader(SeedRegulations seed, TenantRegistry registry)
{
    public RegulationCatalog Current => seed.Catalog;

    /// The catalogue at a version, or null when no such version was ever published.
    public async Task<RegulationCatalog?> AtAsync(IQuerySession session, string version, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new DecisionInputException($"'{version}' is not a regulation catalogue version; versions read like '{seed.Catalog.Version}'.");
        }
        if (version == seed.Catalog.Version) return seed.Catalog;
        await using var registrySession = registry.QuerySession();
        return await registrySession.LoadAsync<PublishedRegulations>(version, ct) is { } stored ? RegulationCatalogJson.Parse(stored.Json) : null;
    }

    /// For a version a stored recommendation recorded: it must exist, or the store was tampered with.
    public async Task<RegulationCatalog> RecordedAsync(IQuerySession session, string version, CancellationToken ct) =>
        await AtAsync(session, version, ct)
        ?? throw new InvalidOperationException($"Regulation catalogue version '{version}', recorded by a recommendation, cannot be rebuilt.");
}

/// Stores the seed catalogue under its version once, so that later versions of the seeds do not erase the
/// rules old recommendations were computed with. In the registry database, beside the published catalogs.
public sealed class RegulationPublisher(TenantRegistry registry, SeedRegulations seed, TimeProvider clock) : IStartupStorageWork
{
    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = registry.LightweightSession();
        if (await session.LoadAsync<PublishedRegulations>(seed.Catalog.Version, ct) is not null) return;
        session.Insert(new PublishedRegulations(seed.Catalog.Version, seed.Json, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // Another instance published it first: the same version holds the same catalogue.
        }
    }
}
