using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>A vendor's place in a ranking without the explanations.</summary>
public sealed record VendorStanding(string Vendor, int Rank, double Score);

/// <summary>The ranking alone: the ordered vendors and those the constraints removed.</summary>
public sealed record Standings(IReadOnlyList<VendorStanding> Ranking, IReadOnlyList<ExcludedVendor> Excluded)
{
    public string? Winner => Ranking.Count > 0 ? Ranking[0].Vendor : null;
}

public static partial class Advisor
{
    /// <summary>The same weights, exclusions, scores and order as <see cref="Recommend"/> gives for the same profile,
    /// catalog and method, without sensitivity, Monte Carlo or the sentences that explain it: what re-scoring a whole
    /// portfolio of profiles needs, thousands at a time.</summary>
    public static Standings Rank(ClientProfile profile, VendorCatalog catalog, McdaMethod method = McdaMethod.WeightedSum)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        return Rank(profile, catalog, method, WeightsFor(profile, catalog, method));
    }

    /// <summary>The weights <see cref="Recommend"/> would use without a pairwise matrix: they depend on the profile and the
    /// catalog's criteria only, so two catalogs with the same criteria share them.</summary>
    public static IReadOnlyList<CriterionWeight> WeightsFor(ClientProfile profile, VendorCatalog catalog, McdaMethod method = McdaMethod.WeightedSum)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = ProfileValidation.Validate(profile, catalog.VendorIds, catalog.CriterionIds);
        if (problems.Count > 0)
        {
            throw new DecisionInputException("The profile cannot be analysed: " + FieldProblem.Describe(problems));
        }

        return Weights(profile, catalog, new AnalysisOptions { Method = method, Samples = 0 }, []).Weights;
    }

    /// <summary>The ranking with weights already derived (see <see cref="WeightsFor"/>) for a profile already validated;
    /// hardExclusions as in <see cref="Recommend"/>.</summary>
    public static Standings Rank(ClientProfile profile, VendorCatalog catalog, McdaMethod method, IReadOnlyList<CriterionWeight> weights,
        IReadOnlyList<ExcludedVendor>? hardExclusions = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        var excluded = profile.Constraints is null && hardExclusions is not { Count: > 0 } ? [] : Exclusions(profile, catalog, hardExclusions ?? []);
        var remaining = excluded.Length == 0 ? [.. catalog.Vendors] : catalog.Vendors.Where(v => excluded.All(e => e.Vendor != v.Id)).ToArray();
        var problem = CatalogProblem.From(catalog, remaining, weights, method, NormalisationFor(method, catalog), preferences: CatalogMethods.Preferences(catalog));
        var ranked = DecisionEngine.Ranking(problem, SensitivityAnalysis.Rank(problem, problem.Weights), null);
        return new Standings([.. ranked.Select(r => new VendorStanding(r.Alternative, r.Rank, r.Score))], excluded);
    }

    private static Normalisation NormalisationFor(McdaMethod method, VendorCatalog catalog) => method switch
    {
        McdaMethod.Topsis => new Normalisation(NormalisationKind.Vector),
        McdaMethod.Vikor => new Normalisation(NormalisationKind.MinMax),
        McdaMethod.PrometheeII => new Normalisation(NormalisationKind.None),
        _ => new Normalisation(NormalisationKind.FixedScale, catalog.ScaleMin, catalog.ScaleMax),
    };
}
