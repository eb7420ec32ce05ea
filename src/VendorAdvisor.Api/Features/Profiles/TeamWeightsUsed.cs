namespace VendorAdvisor.Api.Features.Profiles;

/// A member's judgement as a recommendation used it: the event on the profile's stream that holds it.
public sealed record TeamMemberUsed(string Member, long EventVersion, DateTimeOffset JudgedAt, double ConsistencyRatio);

/// Recorded with a recommendation that used the team's weights (part of its options, so part of its hash): whose
/// judgements, how they were aggregated and how much the team agreed. The aggregated matrix itself is the
/// recommendation's `pairwise`, so replaying it needs nothing else. Stored inside the profile's recommendation_issued
/// event, so it lives with the profile's events (the Team area builds it; Profiles must not depend on Team).
public sealed record TeamWeightsUsed(IReadOnlyList<TeamMemberUsed> Members, double? Consensus, string Aggregation, string ConsensusMethod);
