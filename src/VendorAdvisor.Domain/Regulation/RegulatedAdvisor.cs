using System.Globalization;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Regulation;

/// <summary>
/// A recommendation with the client's regulatory readiness folded in: readiness is evaluated from the profile's facts
/// against one regulation catalogue version; blocked vendors leave the ranking as a hard constraint with their reason;
/// conditionally ready vendors' regulatory-alignment assessments move by the catalogue's adjustment rule, which the
/// weights' provenance and the manifest name. Without a regulation catalogue (recommendations recorded before it
/// existed) it is exactly <see cref="Advisor.Recommend"/>.
/// </summary>
public static class RegulatedAdvisor
{
    public static RecommendationResult Recommend(ClientProfile profile, VendorCatalog catalog, RegulationCatalog? regulations, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        if (regulations is null)
        {
            return Advisor.Recommend(profile, catalog, options);
        }

        var readiness = Readiness(profile, catalog, regulations);
        var (adjusted, adjustments) = ReadinessDecision.Adjust(catalog, readiness, regulations);
        var exclusions = HardExclusions(readiness);
        var result = Advisor.Recommend(profile, adjusted, options, exclusions);
        var rule = regulations.Adjustment;
        var weights = result.Weights
            .Select(w => w.Criterion == rule.Criterion && adjustments.Count > 0
                ? w with { Adjustments = [.. w.Adjustments, Provenance(rule, adjustments, regulations.Version)] }
                : w)
            .ToArray();
        return result with
        {
            Weights = weights,
            Readiness = readiness,
            Manifest = result.Manifest with { RegulationCatalogueVersion = regulations.Version, ReadinessRule = rule.Id },
        };
    }

    /// <summary>What <see cref="Recommend"/> ranks, without the explanations (see <see cref="Advisor.Rank(ClientProfile, VendorCatalog, McdaMethod, IReadOnlyList{CriterionWeight}, IReadOnlyList{ExcludedVendor})"/>):
    /// blocked vendors excluded, conditional vendors' assessments adjusted. Readiness depends on the profile's facts and
    /// the catalog's vendors, not on their scores: pass the report of an earlier call for the same vendors to reuse it.</summary>
    public static Standings Rank(ClientProfile profile, VendorCatalog catalog, RegulationCatalog? regulations, McdaMethod method,
        IReadOnlyList<CriterionWeight> weights, ReadinessReport? readiness = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        if (regulations is null)
        {
            return Advisor.Rank(profile, catalog, method, weights);
        }

        readiness ??= Readiness(profile, catalog, regulations);
        var (adjusted, _) = ReadinessDecision.Adjust(catalog, readiness, regulations);
        var exclusions = HardExclusions(readiness);
        return Advisor.Rank(profile, adjusted, method, weights, exclusions);
    }

    /// <summary>Blocked vendors as the hard constraints the advisor applies.</summary>
    private static ExcludedVendor[] HardExclusions(ReadinessReport readiness) =>
        [.. ReadinessDecision.Exclusions(readiness).Select(e => new ExcludedVendor(e.Vendor, e.Reason))];

    public static ReadinessReport Readiness(ClientProfile profile, VendorCatalog catalog, RegulationCatalog regulations) =>
        ReadinessEvaluator.Evaluate(profile.CrossBorderTransfer, profile.Regulatory, catalog.VendorIds, regulations);

    /// <summary>The assessments readiness moved, shown beside the weight of their criterion; the weight itself does not move (0 points).</summary>
    private static WeightAdjustment Provenance(ReadinessAdjustmentRule rule, IReadOnlyList<AssessmentAdjustment> adjustments, string version) =>
        new(rule.Id, "regulatory", $"readiness (regulation catalogue {version})", rule.Criterion, 0,
            "The weight is unchanged; these assessments moved by the readiness rule: " + string.Join("; ", adjustments.Select(a =>
                string.Create(CultureInfo.InvariantCulture, $"{a.Vendor} {a.FromScore:0.##} -> {a.ToScore:0.##} (uncertainty {a.FromUncertainty:0.##} -> {a.ToUncertainty:0.##})"))) + ".");
}
