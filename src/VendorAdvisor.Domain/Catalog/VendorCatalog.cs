using System.Globalization;
using System.Text.Json.Serialization;

namespace VendorAdvisor.Domain.Catalog;

/// <summary>A figure carried by a fact, with what it measures and when.</summary>
public sealed record Figure(string Subject, string Metric, double Value, string Unit, string? Period = null);

/// <summary>A fact an article states, paraphrased, with its figures.</summary>
public sealed record SourceFact(string Id, string Statement, IReadOnlyList<Figure>? Figures = null);

/// <summary>An article the catalog rests on. Publisher and date are what the text itself says; "publisher not stated" otherwise.</summary>
public sealed record Source(string Id, string Title, string Publisher, string Date, string? Note, IReadOnlyList<SourceFact> Facts);

public sealed record Criterion(string Id, string Name, string Description, bool HigherIsBetter = true);

public sealed record VendorOperator(string Name, string Region);

public sealed record Vendor(string Id, string Name, string Description, IReadOnlyList<VendorOperator>? Operators = null);

/// <summary>One vendor on one criterion: score 0..10 (oriented by the criterion), its standard deviation, why, and on what.</summary>
public sealed record Assessment(
    string VendorId,
    string CriterionId,
    double Score,
    double Uncertainty,
    string Rationale,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string>? FactIds = null,
    string? OverriddenBy = null);

/// <summary>A tenant's replacement for one assessment.</summary>
public sealed record AssessmentOverride(
    string VendorId,
    string CriterionId,
    double Score,
    double Uncertainty,
    string Rationale,
    IReadOnlyList<string>? SourceIds = null,
    string OverriddenBy = "tenant");

/// <summary>The versioned vendor catalog: sources listed once, criteria, vendors and one assessment per pair.</summary>
public sealed record VendorCatalog(
    string Version,
    double ScaleMin,
    double ScaleMax,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<Vendor> Vendors,
    IReadOnlyList<Assessment> Assessments)
{
    public Assessment Assessment(string vendorId, string criterionId) =>
        Assessments.FirstOrDefault(a => a.VendorId == vendorId && a.CriterionId == criterionId)
        ?? throw new DecisionInputException($"the catalog has no assessment of '{vendorId}' on '{criterionId}'.");

    public Criterion Criterion(string id) =>
        Criteria.FirstOrDefault(c => c.Id == id) ?? throw new DecisionInputException($"unknown criterion '{id}'.");

    public Vendor Vendor(string id) =>
        Vendors.FirstOrDefault(v => v.Id == id) ?? throw new DecisionInputException($"unknown vendor '{id}'.");

    [JsonIgnore]
    public IReadOnlyList<string> VendorIds => Vendors.Select(v => v.Id).ToArray();

    [JsonIgnore]
    public IReadOnlyList<string> CriterionIds => Criteria.Select(c => c.Id).ToArray();

    /// <summary>A new catalog value with one assessment replaced (the original is untouched); the version gains a
    /// "+override" mark only once, and the assessment records who overrode it.</summary>
    public VendorCatalog WithOverride(AssessmentOverride change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _ = Vendor(change.VendorId);
        _ = Criterion(change.CriterionId);
        if (!double.IsFinite(change.Score) || change.Score < ScaleMin || change.Score > ScaleMax)
        {
            throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture, $"an override score must lie within {ScaleMin}..{ScaleMax}."));
        }

        if (!double.IsFinite(change.Uncertainty) || change.Uncertainty < 0)
        {
            throw new DecisionInputException("an override uncertainty must be a finite non-negative number.");
        }

        if (string.IsNullOrWhiteSpace(change.Rationale))
        {
            throw new DecisionInputException("an override needs a rationale.");
        }

        var sourceIds = change.SourceIds ?? [];
        var unknown = sourceIds.FirstOrDefault(id => Sources.All(s => s.Id != id));
        if (unknown is not null)
        {
            throw new DecisionInputException($"an override cites unknown source '{unknown}'.");
        }

        var replaced = Assessments
            .Select(a => a.VendorId == change.VendorId && a.CriterionId == change.CriterionId
                ? new Assessment(a.VendorId, a.CriterionId, change.Score, change.Uncertainty, change.Rationale, sourceIds, null, change.OverriddenBy)
                : a)
            .ToArray();
        var version = Version.EndsWith("+override", StringComparison.Ordinal) ? Version : Version + "+override";
        return this with { Version = version, Assessments = replaced };
    }
}
