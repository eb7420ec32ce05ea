namespace VendorAdvisor.Domain.Scoring;

/// <summary>Result of <see cref="DecisionEngine.Analyze"/> on a generic decision matrix.</summary>
public sealed record DecisionAnalysis(
    McdaMethod Method,
    Normalisation Normalisation,
    IReadOnlyList<RankedAlternative> Ranking,
    IReadOnlyList<CriterionWeightUsed> Weights,
    string WeightsSource,
    AhpWeights? AhpConsistency,
    SensitivityReport Sensitivity,
    UncertaintySummary? Uncertainty,
    IReadOnlyList<string> Warnings,
    string EngineVersion,
    string TieBreakRule,
    MethodAgreement? Agreement = null,
    VikorDetails? Vikor = null,
    PrometheeDetails? Promethee = null,
    ObjectiveWeights? ObjectiveWeights = null);

/// <summary>One alternative's place. Contributions: per criterion, the additive part of the score (weighted sum,
/// AHP) or the weighted normalised value that TOPSIS measures distances on. RankProbabilities[k] is the Monte Carlo
/// probability of finishing at rank k + 1 (null when no uncertainty was analysed).</summary>
public sealed record RankedAlternative(
    string Alternative,
    int Rank,
    double Score,
    IReadOnlyDictionary<string, double> Contributions,
    double? ProbabilityFirst = null,
    IReadOnlyList<double>? RankProbabilities = null);

public sealed record CriterionWeightUsed(string Criterion, double Weight);

public sealed record UncertaintySummary(int Samples, ulong Seed, string Sampler, string Clamping);
