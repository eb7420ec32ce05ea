namespace VendorAdvisor.Api.Features.Team;

/// A member's judgement as a recommendation used it: the event on the profile's stream that holds it.
public sealed record TeamMemberUsed(string Member, long EventVersion, DateTimeOffset JudgedAt, double ConsistencyRatio);

/// Recorded with a recommendation that used the team's weights (part of its options, so part of its hash): whose
/// judgements, how they were aggregated and how much the team agreed. The aggregated matrix itself is the
/// recommendation's `pairwise`, so replaying it needs nothing else.
public sealed record TeamWeightsUsed(IReadOnlyList<TeamMemberUsed> Members, double? Consensus, string Aggregation, string ConsensusMethod);
