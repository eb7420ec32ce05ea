namespace VendorAdvisor.Api.Features.Team;

/// One member's latest judgement as the team's weights use it.
public sealed record TeamMemberJudgment(string Member, IReadOnlyList<IReadOnlyList<double>> Matrix, long Version, DateTimeOffset JudgedAt, int Revisions);
