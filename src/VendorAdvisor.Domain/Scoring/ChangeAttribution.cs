using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>A recommendation as recorded: the client as it was, the catalog and options it was computed with, and its result.</summary>
public sealed record RecommendationRecord(ClientProfile Profile, VendorCatalog Catalog, AnalysisOptions Options, RecommendationResult Result);

/// <summary>A vendor's rank and score in one recommendation.</summary>
public sealed record VendorPlace(int Rank, double Score);

/// <summary>The parts of a score change, one per cause, in the order <see cref="ChangeAttribution.Procedure"/> walks them.</summary>
public sealed record ScoreCauses(double Catalog, double Profile, double Weights, double Options);

/// <summary>One vendor's change between two recommendations: where it stood, the change, and its causes (null with a
/// <see cref="Note"/> when the vendor was excluded in some step, so the change cannot be split).</summary>
public sealed record VendorScoreChange(string Vendor, VendorPlace? From, VendorPlace? To, double? Change, ScoreCauses? Causes, string? Note);

/// <summary>
/// Why a vendor's score moved between two recommendations of one profile, by sequential substitution: the inputs
/// change one cause at a time, from the earlier recommendation's to the later one's, and each cause is credited with
/// the score change its step causes, so the parts add up to the whole change.
/// </summary>
public static class ChangeAttribution
{
    public const string Procedure =
        "Sequential substitution, recomputed without Monte Carlo: first the later catalog (catalog), then the later profile's " +
        "attributes and constraints (profile), then its priorities (weights), then the later method and options (options). " +
        "Each part is the score change that step causes, so the parts add up to the whole change; the order is fixed.";

    public const string ExcludedNote = "Excluded by the profile's constraints in at least one step, so its change cannot be split.";

    /// <summary>Every vendor of either catalog, in ordinal order of id.</summary>
    /// <param name="from">The earlier recommendation.</param>
    /// <param name="to">The later recommendation.</param>
    /// <param name="recommend">How to recompute a step (default <see cref="Advisor.Recommend"/>); the host passes one that
    /// also applies regulatory readiness.</param>
    public static IReadOnlyList<VendorScoreChange> Attribute(RecommendationRecord from, RecommendationRecord to,
        Func<ClientProfile, VendorCatalog, AnalysisOptions, RecommendationResult>? recommend = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        // The Monte Carlo does not move scores; skipping it keeps the three recomputations cheap.
        var quick = from.Options with { Samples = 0 };
        recommend ??= (profile, catalog, options) => Advisor.Recommend(profile, catalog, options);
        var steps = new[]
        {
            Places(from.Result),
            Places(recommend(from.Profile, to.Catalog, quick)),
            Places(recommend(to.Profile with { Priorities = from.Profile.Priorities }, to.Catalog, quick)),
            Places(recommend(to.Profile, to.Catalog, quick)),
            Places(to.Result),
        };
        var vendors = from.Catalog.VendorIds.Union(to.Catalog.VendorIds).Order(StringComparer.Ordinal);
        return [.. vendors.Select(vendor => Change(vendor, steps.Select(step => step.GetValueOrDefault(vendor)).ToArray()))];
    }

    private static VendorScoreChange Change(string vendor, VendorPlace?[] at)
    {
        var (before, after) = (at[0], at[^1]);
        if (at.Any(step => step is null))
        {
            return new VendorScoreChange(vendor, before, after, before is null || after is null ? null : after.Score - before.Score, null, ExcludedNote);
        }

        return new VendorScoreChange(vendor, before, after, after!.Score - before!.Score,
            new ScoreCauses(at[1]!.Score - at[0]!.Score, at[2]!.Score - at[1]!.Score, at[3]!.Score - at[2]!.Score, at[4]!.Score - at[3]!.Score),
            null);
    }

    private static Dictionary<string, VendorPlace> Places(RecommendationResult result) =>
        result.Ranking.ToDictionary(r => r.Vendor, r => new VendorPlace(r.Rank, r.Score), StringComparer.Ordinal);
}
