namespace VendorAdvisor.Domain.Regulation;

/// <summary>A published text or document a rule rests on: what it is, who issued it, when, and where it was read.</summary>
/// <remarks>Dates are strings on purpose: where a source gives no day, the catalogue says so ("2007 (day not verified)",
/// "unknown") instead of inventing one.</remarks>
public sealed record LegalSource(
    string Id,
    string Title,
    string Kind,
    string IssuingBody,
    string Promulgated,
    string Effective,
    string Url,
    string? Note = null);

/// <summary>One source cited for one claim: which article, and what it supports.</summary>
public sealed record Citation(string SourceId, string Article, string Supports);

public enum LeadTimeBasis
{
    /// <summary>A cited source gives the figure.</summary>
    Sourced,

    /// <summary>The project's own estimate, named as such.</summary>
    Estimate,

    /// <summary>No source gives it.</summary>
    Unknown,
}

/// <summary>A typical lead time as a range (either end may be unknown), with its basis.</summary>
public sealed record LeadTime(int? Min, int? Max, string Unit, LeadTimeBasis Basis, string? SourceId, string? Note);

/// <summary>What a rule does to a vendor's readiness when it applies.</summary>
public enum RuleEffect
{
    /// <summary>Information only: nothing to do before go-live.</summary>
    None,

    /// <summary>Something must be done (and takes time) before go-live.</summary>
    Conditional,

    /// <summary>The plan as described cannot go ahead.</summary>
    Blocked,
}

/// <summary>One rule of the catalogue, written in the project's own words, with its sources and lead time.</summary>
public sealed record RegulatoryRule(
    string Id,
    string Topic,
    string Title,
    string Summary,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Who,
    LeadTime LeadTime,
    RuleEffect Effect);

/// <summary>A purpose that takes a transfer out of the three mechanisms (assessment, contract, certification).
/// <see cref="CoversPersonalInformation"/> is false for an exemption that only covers data with no personal information,
/// so that claiming it leaves the personal information counted against the thresholds.</summary>
public sealed record TransferExemption(string Id, bool CoversPersonalInformation, string Title, string Summary, IReadOnlyList<Citation> Citations);

/// <summary>The volume tiers of the cross-border route, as the cited texts state them.</summary>
public sealed record TransferThresholds(
    string CountingPeriod,
    long SecurityAssessmentOrdinarySubjects,
    long SecurityAssessmentSensitiveSubjects,
    long StandardContractOrdinarySubjects,
    string Boundaries,
    IReadOnlyList<Citation> Citations);

/// <summary>How a vendor's documented offer bears on an obligation the client has.</summary>
public enum VendorSupport
{
    Helps,
    Neutral,
    Hinders,

    /// <summary>The sources read say nothing: reported as unknown, never as a default.</summary>
    Unknown,

    /// <summary>The vendor cannot carry the client's plan on this topic at all.</summary>
    Blocks,
}

/// <summary>A sourced fact about one vendor on one topic (icp, mlps, cross-border, operator).</summary>
public sealed record VendorFact(
    string Id,
    string VendorId,
    string Topic,
    VendorSupport Support,
    string Statement,
    IReadOnlyList<string> Who,
    IReadOnlyList<string> SourceIds);

/// <summary>The documented, versioned rule by which readiness moves the regulatory-alignment assessment.</summary>
public sealed record ReadinessAdjustmentRule(
    string Id,
    string Criterion,
    string AppliesTo,
    double Helps,
    double Hinders,
    double UnknownUncertainty,
    double MinDelta,
    double MaxDelta,
    string Rationale);

/// <summary>The versioned regulation catalogue (seeds/regulations.json): sources listed once, thresholds, rules,
/// exemptions, vendor facts and the readiness adjustment.</summary>
public sealed record RegulationCatalog(
    string Version,
    string Date,
    string Disclaimer,
    IReadOnlyList<LegalSource> Sources,
    TransferThresholds Thresholds,
    IReadOnlyList<RegulatoryRule> Rules,
    IReadOnlyList<TransferExemption> Exemptions,
    IReadOnlyList<VendorFact> VendorFacts,
    ReadinessAdjustmentRule Adjustment)
{
    public RegulatoryRule Rule(string id) =>
        Rules.FirstOrDefault(r => r.Id == id) ?? throw new DecisionInputException($"the regulation catalogue has no rule '{id}'.");

    public LegalSource Source(string id) =>
        Sources.FirstOrDefault(s => s.Id == id) ?? throw new DecisionInputException($"the regulation catalogue has no source '{id}'.");
}
