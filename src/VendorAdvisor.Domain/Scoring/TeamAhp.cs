using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Group AHP by aggregation of individual judgements (AIJ): each entry of the team's matrix is the geometric mean of
/// the members' entries (Aczél &amp; Saaty 1983: the only aggregation that keeps the matrix reciprocal), computed on the
/// upper triangle with the lower one its reciprocal, so Saaty's two-decimal reciprocals (0.33 for 1/3) cannot make it
/// non-reciprocal. Each member's matrix is validated as a single AHP matrix is.
/// </summary>
public static class TeamAhp
{
    public const string Aggregation =
        "aggregation of individual judgements: element-wise geometric mean of the members' matrices (upper triangle; lower = reciprocal), then principal eigenvector";

    public static TeamWeights Aggregate(IReadOnlyList<TeamJudgment> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        if (judgments.Count == 0)
        {
            throw new DecisionInputException("the team has no judgements yet.");
        }

        var n = judgments[0].Matrix?.Count ?? 0;
        var members = new List<TeamMemberResult>(judgments.Count);
        foreach (var judgment in judgments)
        {
            if (judgment.Matrix is null || judgment.Matrix.Count != n)
            {
                throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{judgment.Member}'s matrix must be {n}x{n} like the others."));
            }

            var own = Ahp.Weights(judgment.Matrix);
            members.Add(new TeamMemberResult(judgment.Member, own.Weights, own.ConsistencyRatio, own.Consistent));
        }

        var aggregated = new double[n][];
        for (var i = 0; i < n; i++)
        {
            aggregated[i] = new double[n];
            aggregated[i][i] = 1;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var logSum = judgments.Sum(judgment => Math.Log(judgment.Matrix[i][j]));
                var mean = Math.Exp(logSum / judgments.Count);
                aggregated[i][j] = mean;
                aggregated[j][i] = 1 / mean;
            }
        }

        var team = Ahp.Weights(aggregated);
        var consensus = AhpConsensus.Goepel(members.Select(member => member.Weights).ToArray());
        return new TeamWeights(team, aggregated, members, consensus, Aggregation, AhpConsensus.Method);
    }
}
