using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>How to analyse a profile. Without a pairwise matrix the weights come from the profile (rules and priorities).</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public McdaMethod Method { get; init; } = McdaMethod.WeightedSum;

    /// <summary>Optional AHP pairwise comparison of the criteria; rows in the order of <see cref="PairwiseCriteria"/>
    /// or, when that is absent, of the catalog's criteria.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? PairwiseMatrix { get; init; }

    public IReadOnlyList<string>? PairwiseCriteria { get; init; }

    /// <summary>Monte Carlo samples; 0 skips the uncertainty analysis.</summary>
    public int Samples { get; init; } = DecisionEngine.DefaultSamples;

    public ulong Seed { get; init; } = DecisionEngine.DefaultSeed;
}

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
    string SensitivityProcedure);

public sealed record RecommendationResult(
    string Profile,
    IReadOnlyList<RankedVendor> Ranking,
    IReadOnlyList<ExcludedVendor> Excluded,
    IReadOnlyList<CriterionWeight> Weights,
    AhpWeights? AhpConsistency,
    SensitivityReport Sensitivity,
    RecommendationManifest Manifest,
    IReadOnlyList<string> Warnings);
