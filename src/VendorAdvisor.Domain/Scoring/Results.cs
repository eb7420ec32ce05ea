namespace VendorAdvisor.Domain.Scoring;

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

/// <summary>For one criterion: the interval of its weight (the others rescaled proportionally) in which the winner
/// stays the winner, and who wins just outside it (null where the interval reaches 0 or 1 without a change).</summary>
public sealed record WeightStability(
    string Criterion,
    double Weight,
    double LowerBound,
    double UpperBound,
    string? WinnerBelow,
    string? WinnerAbove);

/// <summary>The smallest single-weight change that hands the first place to someone else.</summary>
public sealed record WinnerChange(string Criterion, double FromWeight, double ToWeight, double Change, string NewWinner);

/// <summary>Whether dropping one alternative leaves the others in the same order (rank reversal check).</summary>
public sealed record RemovalCheck(string Removed, bool OrderOfOthersPreserved, IReadOnlyList<string> OrderWithout);

public sealed record SensitivityReport(
    string? Winner,
    IReadOnlyList<WeightStability> Weights,
    WinnerChange? SmallestWinnerChange,
    IReadOnlyList<RemovalCheck> Removals,
    string Procedure);

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
    string TieBreakRule);

public sealed record UncertaintySummary(int Samples, ulong Seed, string Sampler, string Clamping);
