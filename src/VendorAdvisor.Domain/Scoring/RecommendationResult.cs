using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

public sealed record RecommendationResult(
    string Profile,
    IReadOnlyList<RankedVendor> Ranking,
    IReadOnlyList<ExcludedVendor> Excluded,
    IReadOnlyList<CriterionWeight> Weights,
    AhpWeights? AhpConsistency,
    SensitivityReport Sensitivity,
    RecommendationManifest Manifest,
    IReadOnlyList<string> Warnings,
    Regulation.ReadinessReport? Readiness = null,
    MethodAgreement? Agreement = null,
    VikorDetails? Vikor = null,
    PrometheeDetails? Promethee = null);

/// <summary>A vendor's place, with the parts of its score and the reasons in words.</summary>
public sealed record RankedVendor(
    string Vendor,
    string Name,
    int Rank,
    double Score,
    double? ProbabilityFirst,
    IReadOnlyList<double>? RankProbabilities,
    IReadOnlyDictionary<string, double> Contributions,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Weaknesses);

public sealed record ExcludedVendor(string Vendor, string Reason);

/// <summary>Everything needed to reproduce a recommendation to the last digit.</summary>
public sealed record RecommendationManifest(
    string EngineVersion,
    string CatalogVersion,
    IReadOnlyList<string> OverriddenAssessments,
    McdaMethod Method,
    string Normalisation,
    string ScoreScale,
    string WeightDerivation,
    string WeightRulesVersion,
    string RandomIndex,
    double ConsistencyThreshold,
    int Samples,
    ulong Seed,
    string Sampler,
    string Clamping,
    string TieBreak,
    string SensitivityProcedure,
    string? RegulationCatalogueVersion = null,
    string? ReadinessRule = null,
    string? SamplingRule = null);
