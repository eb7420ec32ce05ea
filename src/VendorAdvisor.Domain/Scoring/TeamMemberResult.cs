namespace VendorAdvisor.Domain.Scoring;

/// <summary>A member's own priorities and Saaty consistency, shown beside the team's.</summary>
public sealed record TeamMemberResult(string Member, IReadOnlyList<double> Weights, double ConsistencyRatio, bool Consistent);
