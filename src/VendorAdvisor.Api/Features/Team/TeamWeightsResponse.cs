using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Team;

/// One member's judgement as the team's weights use it: their own weights and consistency.
public sealed record TeamMemberResponse
{
    /// <summary>The name of the API key that recorded the judgement.</summary>
    public required string Member { get; init; }

    /// <summary>The member's own principal-eigenvector weights, by criterion id.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>Saaty's consistency ratio of the member's matrix; above 0.1 is reported as inconsistent.</summary>
    public required double ConsistencyRatio { get; init; }

    public required bool Consistent { get; init; }

    /// <summary>When the member's latest judgement was recorded.</summary>
    public required DateTimeOffset JudgedAt { get; init; }

    /// <summary>The profile stream version of that judgement's event (see GET /v1/profiles/{id}/events).</summary>
    public required long EventVersion { get; init; }

    /// <summary>How many times the member revised their judgement; only the latest counts.</summary>
    public required int Revisions { get; init; }
}

/// The team's weights for one client: the aggregation of the members' latest judgements, each member's consistency and
/// the group's consensus.
public sealed record TeamWeightsResponse
{
    public required Guid ProfileId { get; init; }

    /// <summary>The team's weights, by criterion id, summing to 1.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>The criteria in the order of the rows and columns of `aggregatedMatrix` (the catalog's order).</summary>
    public required IReadOnlyList<string> Criteria { get; init; }

    /// <summary>The element-wise geometric mean of the members' matrices.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> AggregatedMatrix { get; init; }

    /// <summary>Saaty's consistency ratio of the aggregated matrix.</summary>
    public required double ConsistencyRatio { get; init; }

    public required string Aggregation { get; init; }

    /// <summary>Goepel's AHP consensus S*, 0 (none) to 1 (identical priorities); null with a single member.</summary>
    public double? Consensus { get; init; }

    /// <summary>Goepel's reading of S*: very low (&lt; 0.5), low (&lt; 0.65), moderate (&lt; 0.75), high (&lt; 0.85), very high.</summary>
    public string? ConsensusLevel { get; init; }

    public required string ConsensusMethod { get; init; }

    public required IReadOnlyList<TeamMemberResponse> Members { get; init; }

    /// Two consultants' consistent, opposite judgements (the API tests' hand-computed case): equal team weights, S* 0.7021.
    public static TeamWeightsResponse Example { get; } = BuildExample();

    private static TeamWeightsResponse BuildExample()
    {
        static IReadOnlyList<IReadOnlyList<double>> Consistent(double[] w) => [.. w.Select(a => (IReadOnlyList<double>)w.Select(b => a / b).ToArray())];
        var at = DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        TeamMemberJudgment[] judgments =
        [
            new("li-wei", Consistent([4, 4, 2, 2, 1, 1]), 2, at, 0),
            new("wang-fang", Consistent([1, 1, 2, 2, 4, 4]), 4, at.AddMinutes(20), 1),
        ];
        return From(Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"), judgments, TeamJudgments.Aggregate(judgments));
    }

    public static TeamWeightsResponse From(Guid profileId, IReadOnlyList<TeamMemberJudgment> judgments, TeamWeights team)
    {
        var criteria = TeamJudgments.Criteria;
        IReadOnlyDictionary<string, double> ByCriterion(IReadOnlyList<double> weights) =>
            criteria.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => weights[x.j], StringComparer.Ordinal);

        return new()
        {
            ProfileId = profileId,
            Weights = ByCriterion(team.Team.Weights),
            Criteria = criteria,
            AggregatedMatrix = team.AggregatedMatrix,
            ConsistencyRatio = team.Team.ConsistencyRatio,
            Aggregation = team.Aggregation,
            Consensus = team.Consensus,
            ConsensusLevel = team.Consensus switch
            {
                null => null,
                < 0.5 => "very low",
                < 0.65 => "low",
                < 0.75 => "moderate",
                < 0.85 => "high",
                _ => "very high",
            },
            ConsensusMethod = team.ConsensusMethod,
            Members = judgments.Zip(team.Members, (judgment, member) => new TeamMemberResponse
            {
                Member = member.Member,
                Weights = ByCriterion(member.Weights),
                ConsistencyRatio = member.ConsistencyRatio,
                Consistent = member.Consistent,
                JudgedAt = judgment.JudgedAt,
                EventVersion = judgment.Version,
                Revisions = judgment.Revisions,
            }).ToArray(),
        };
    }
}
