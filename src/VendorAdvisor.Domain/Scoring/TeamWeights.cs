namespace VendorAdvisor.Domain.Scoring;

/// <summary>The team's weights: the principal eigenvector of the element-wise geometric mean of the members' matrices
/// (<see cref="AggregatedMatrix"/>), that matrix's own consistency, each member's, and Goepel's consensus S* (null for
/// a team of one).</summary>
public sealed record TeamWeights(
    AhpWeights Team,
    IReadOnlyList<IReadOnlyList<double>> AggregatedMatrix,
    IReadOnlyList<TeamMemberResult> Members,
    double? Consensus,
    string Aggregation,
    string ConsensusMethod);
