namespace VendorAdvisor.Domain.Scoring;

/// <summary>Incomplete is null when every criterion and every removal was searched; otherwise it says what the
/// search, stopped at its work budget, left out (Weights and Removals then list only what was searched).</summary>
public sealed record SensitivityReport(
    string? Winner,
    IReadOnlyList<WeightStability> Weights,
    WinnerChange? SmallestWinnerChange,
    IReadOnlyList<RemovalCheck> Removals,
    string Procedure,
    string? Incomplete = null);

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
