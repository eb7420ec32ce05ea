namespace VendorAdvisor.Domain.Scoring;

/// <summary>One team member's pairwise comparison of the criteria (rows and columns in the same order for everyone).</summary>
public sealed record TeamJudgment(string Member, IReadOnlyList<IReadOnlyList<double>> Matrix);
