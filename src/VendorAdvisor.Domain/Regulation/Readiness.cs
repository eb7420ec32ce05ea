namespace VendorAdvisor.Domain.Regulation;

/// <summary>A vendor's readiness, in the order of severity: blocked over unknown over conditional over ready.</summary>
public enum ReadinessStatus
{
    Ready,
    Conditional,
    Unknown,
    Blocked,
}

/// <summary>Which mechanism the client's transfers abroad need, by the cited thresholds and exemptions.</summary>
public enum TransferRoute
{
    /// <summary>No transfer abroad is planned.</summary>
    NotApplicable,

    /// <summary>None of the three mechanisms (below the thresholds, or exempt by purpose).</summary>
    NoMechanism,

    StandardContractOrCertification,

    SecurityAssessment,

    /// <summary>The plan includes sending core data abroad.</summary>
    NotPermitted,

    /// <summary>A fact the route depends on is unknown.</summary>
    Unknown,
}

/// <summary>One thing the client, the vendor or its partner must do (or know), why, on what source, and how long it takes.</summary>
public sealed record Obligation(
    string RuleId,
    string Topic,
    string What,
    string Why,
    IReadOnlyList<Citation> Sources,
    string CatalogueVersion,
    IReadOnlyList<string> Who,
    LeadTime LeadTime,
    ReadinessStatus Effect,
    string? Recurrence = null);

/// <summary>A fact the consultant has not given and the decision it leaves open.</summary>
public sealed record UnknownFact(string Fact, string Decides);

/// <summary>A vendor-specific fact that bears on one of the client's obligations.</summary>
public sealed record VendorNote(string FactId, string Topic, VendorSupport Support, string Statement, IReadOnlyList<string> Who, IReadOnlyList<string> SourceIds);

/// <summary>One vendor: its status, why, and what applies to it alone (client-wide obligations are listed once, above).</summary>
public sealed record VendorReadiness(
    string Vendor,
    ReadinessStatus Status,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<VendorNote> VendorSpecific);

/// <summary>The cross-border route and the facts that decided it.</summary>
public sealed record TransferAssessment(TransferRoute Route, TransferRoute AtLeast, IReadOnlyList<string> Reasons);

/// <summary>The readiness answer for one client against one regulation catalogue version.</summary>
public sealed record ReadinessReport(
    string CatalogueVersion,
    string CatalogueDate,
    string Disclaimer,
    TransferAssessment Transfer,
    IReadOnlyList<Obligation> ClientObligations,
    IReadOnlyList<VendorReadiness> Vendors,
    IReadOnlyList<UnknownFact> Unknowns)
{
    public VendorReadiness Vendor(string id) =>
        Vendors.FirstOrDefault(v => v.Vendor == id) ?? throw new DecisionInputException($"no readiness for vendor '{id}'.");
}

/// <summary>The rule ids the evaluator applies (each must exist in the catalogue).</summary>
public static class ReadinessRules
{
    public const string SecurityAssessment = "cbdf-security-assessment";
    public const string StandardContract = "cbdf-standard-contract-or-certification";
    public const string BelowThresholds = "cbdf-below-thresholds";
    public const string ExemptionClaimed = "cbdf-exemption-claimed";
    public const string NoticeAndConsent = "pipl-notice-and-separate-consent";
    public const string CoreDataNoTransfer = "dsl-core-data-no-transfer";
    public const string CoreDataControls = "dsl-core-data-controls";
    public const string CiioLocalisation = "ciio-localisation";
    public const string MlpsLevel1 = "mlps-level-1";
    public const string MlpsFiling = "mlps-filing";
    public const string IcpFiling = "icp-filing";
    public const string IcpLicence = "icp-licence";
}
