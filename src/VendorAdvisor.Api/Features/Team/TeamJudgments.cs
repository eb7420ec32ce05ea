using JasperFx.Events;
using Marten;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Team;

/// The team's judgements of a profile (TeamJudgmentRecorded events on its stream, Profiles/ProfileEvents.cs): the
/// latest per member, their aggregate, and the options of a recommendation on the team's weights.
public static class TeamJudgments
{
    /// The criteria the matrices are stored in: the catalog's order.
    public static IReadOnlyList<string> Criteria => KnownIds.Criteria;

    /// The latest judgement per member, in the order members first judged; revisions counted.
    public static IReadOnlyList<TeamMemberJudgment> Latest(IEnumerable<IEvent> events)
    {
        var byMember = new Dictionary<string, TeamMemberJudgment>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var @event in events)
        {
            if (@event.Data is not TeamJudgmentRecorded recorded)
            {
                continue;
            }

            var revisions = 0;
            if (byMember.TryGetValue(recorded.Member, out var earlier))
            {
                revisions = earlier.Revisions + 1;
            }
            else
            {
                order.Add(recorded.Member);
            }

            byMember[recorded.Member] = new TeamMemberJudgment(recorded.Member, recorded.Matrix, @event.Version, @event.Timestamp, revisions);
        }

        return order.Select(member => byMember[member]).ToArray();
    }

    /// The latest judgements of a profile's team, read from its stream (empty when nobody has judged).
    public static async Task<IReadOnlyList<TeamMemberJudgment>> LatestAsync(IQuerySession session, Guid profileId, CancellationToken ct) =>
        Latest(await session.Events.FetchStreamAsync(profileId, token: ct));

    public static TeamWeights Aggregate(IReadOnlyList<TeamMemberJudgment> judgments) =>
        TeamAhp.Aggregate(judgments.Select(j => new TeamJudgment(j.Member, j.Matrix)).ToArray());

    /// A matrix given in <paramref name="order"/> rearranged into the catalog's order.
    public static IReadOnlyList<IReadOnlyList<double>> InCatalogOrder(IReadOnlyList<IReadOnlyList<double>> matrix, IReadOnlyList<string>? order)
    {
        if (order is null)
        {
            return matrix;
        }

        var position = Criteria.Select(id => order.ToList().IndexOf(id)).ToArray();
        return position.Select(i => (IReadOnlyList<double>)position.Select(j => matrix[i][j]).ToArray()).ToArray();
    }

    /// The options of a recommendation on the team's weights: the aggregated matrix as its pairwise matrix (in the
    /// catalog's order) and who judged; the method stays the one asked for (weighted-sum when none). Null when nobody
    /// has judged the profile.
    public static async Task<RecommendationOptions?> TeamOptionsAsync(
        IQuerySession session, Guid profileId, RecommendationOptions options, Domain.Scoring.McdaMethod? method, CancellationToken ct)
    {
        var judgments = await LatestAsync(session, profileId, ct);
        if (judgments.Count == 0)
        {
            return null;
        }

        var team = Aggregate(judgments);
        var used = new TeamWeightsUsed(
            judgments.Zip(team.Members, (j, m) => new TeamMemberUsed(j.Member, j.Version, j.JudgedAt, m.ConsistencyRatio)).ToArray(),
            team.Consensus, team.Aggregation, team.ConsensusMethod);
        return options with
        {
            Method = method ?? Domain.Scoring.McdaMethod.WeightedSum,
            Pairwise = team.AggregatedMatrix,
            PairwiseCriteria = Criteria,
            Team = used,
        };
    }
}
