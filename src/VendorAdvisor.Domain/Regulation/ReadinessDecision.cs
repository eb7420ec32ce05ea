using System.Globalization;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Domain.Regulation;

/// <summary>How one vendor's regulatory-alignment assessment moved because of its readiness, and by which rule.</summary>
public sealed record AssessmentAdjustment(
    string Vendor,
    string Criterion,
    double FromScore,
    double ToScore,
    double FromUncertainty,
    double ToUncertainty,
    string RuleId,
    string CatalogueVersion,
    IReadOnlyList<string> Reasons);

/// <summary>A vendor readiness removes from the ranking, and why.</summary>
public sealed record ReadinessExclusion(string Vendor, string Reason);

/// <summary>
/// What readiness does to the decision: a blocked vendor is removed as a hard constraint, and a conditionally ready
/// vendor's regulatory-alignment assessment moves by the catalogue's versioned adjustment rule. Pure and deterministic.
/// </summary>
public static class ReadinessDecision
{
    public static IReadOnlyList<ReadinessExclusion> Exclusions(ReadinessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Vendors
            .Where(v => v.Status == ReadinessStatus.Blocked)
            .Select(v => new ReadinessExclusion(v.Vendor,
                $"regulatory readiness is blocked (regulation catalogue {report.CatalogueVersion}): " + string.Join("; ", v.Reasons.Where(r => r.StartsWith("blocked", StringComparison.Ordinal)))))
            .ToArray();
    }

    /// <summary>The catalog with each adjusted assessment replaced (marked as adjusted by the rule), and the adjustments.</summary>
    public static (VendorCatalog Catalog, IReadOnlyList<AssessmentAdjustment> Adjustments) Adjust(VendorCatalog catalog, ReadinessReport report, RegulationCatalog regulations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(regulations);
        var rule = regulations.Adjustment;
        if (catalog.Criteria.All(c => c.Id != rule.Criterion))
        {
            return (catalog, []);
        }

        var adjustments = new List<AssessmentAdjustment>();
        var assessments = catalog.Assessments.ToArray();
        foreach (var vendor in report.Vendors.Where(v => ReadinessEvaluator.KnownName(v.Status) == rule.AppliesTo))
        {
            var index = Array.FindIndex(assessments, a => a.VendorId == vendor.Vendor && a.CriterionId == rule.Criterion);
            if (index < 0)
            {
                continue;
            }

            var delta = 0.0;
            var widen = 0.0;
            var reasons = new List<string>();
            foreach (var note in vendor.VendorSpecific)
            {
                var step = note.Support switch
                {
                    VendorSupport.Helps => rule.Helps,
                    VendorSupport.Hinders => rule.Hinders,
                    _ => 0.0,
                };
                if (note.Support == VendorSupport.Unknown)
                {
                    widen += rule.UnknownUncertainty;
                    reasons.Add(Invariant($"{note.FactId}: unknown, uncertainty +{rule.UnknownUncertainty}"));
                }
                else if (step != 0)
                {
                    delta += step;
                    reasons.Add(Invariant($"{note.FactId}: {ReadinessEvaluator.KnownName(note.Support)}, {step:+0.##;-0.##}"));
                }
            }

            delta = Math.Clamp(delta, rule.MinDelta, rule.MaxDelta);
            if (delta == 0 && widen == 0)
            {
                continue;
            }

            var before = assessments[index];
            var score = Math.Clamp(before.Score + delta, catalog.ScaleMin, catalog.ScaleMax);
            var uncertainty = before.Uncertainty + widen;
            var by = before.OverriddenBy is null ? $"readiness rule {rule.Id}" : $"{before.OverriddenBy}, then readiness rule {rule.Id}";
            assessments[index] = before with
            {
                Score = score,
                Uncertainty = uncertainty,
                Rationale = before.Rationale + Invariant($" Readiness ({rule.Id}, regulation catalogue {report.CatalogueVersion}): {string.Join("; ", reasons)}."),
                OverriddenBy = by,
            };
            adjustments.Add(new AssessmentAdjustment(vendor.Vendor, rule.Criterion, before.Score, score, before.Uncertainty, uncertainty, rule.Id, report.CatalogueVersion, reasons));
        }

        return (catalog with { Assessments = assessments }, adjustments);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
