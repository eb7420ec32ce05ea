using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class TeamAhpTests
{
    private static readonly double[][] Ahead = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];
    private static readonly double[][] Behind = [[1, 0.5, 0.25], [2, 1, 0.5], [4, 2, 1]];

    /// <summary>Hand computation. Two perfectly consistent members with opposite views: weights (4, 2, 1)/7 and
    /// (1, 2, 4)/7. The geometric means of their entries are sqrt(2·0.5) = 1, sqrt(4·0.25) = 1, sqrt(2·0.5) = 1, so the
    /// team matrix is all ones and the team's weights are 1/3 each, CR 0.
    /// Goepel's consensus: Hα = -(4/7 ln 4/7 + 2/7 ln 2/7 + 1/7 ln 1/7) = 0.95570 (the same for both);
    /// the average vector (5/14, 4/14, 5/14) has Hγ = 1.09337; Hβ = 0.13767, exp(-Hβ) = 0.87138.
    /// Hα,min for n = 3 and M = 9 comes from (9, 1, 1)/11: -(9/11 ln 9/11 + 2/11 ln 1/11) = 0.60017, and
    /// exp(0.60017)/3 = 0.60747. S* = (0.87138 - 0.60747)/(1 - 0.60747) = 0.6723.</summary>
    [Fact]
    public void Opposite_consistent_members_average_to_equal_weights_with_moderate_consensus()
    {
        var team = TeamAhp.Aggregate([new("li-wei", Ahead), new("wang-fang", Behind)]);

        team.Team.Weights.ShouldBe([1 / 3.0, 1 / 3.0, 1 / 3.0], 1e-12);
        team.Team.ConsistencyRatio.ShouldBe(0, 1e-12);
        team.Members.Select(m => m.Member).ShouldBe(["li-wei", "wang-fang"]);
        team.Members[0].Weights.ShouldBe([4 / 7.0, 2 / 7.0, 1 / 7.0], 1e-12);
        team.Members[1].ConsistencyRatio.ShouldBe(0, 1e-12);
        team.Consensus!.Value.ShouldBe(0.6723, 0.00005);
    }

    [Fact]
    public void Identical_judgements_are_full_consensus_and_a_team_of_one_has_none()
    {
        TeamAhp.Aggregate([new("a", Ahead), new("b", Ahead)]).Consensus!.Value.ShouldBe(1, 1e-12);
        TeamAhp.Aggregate([new("a", Ahead)]).Consensus.ShouldBeNull();
    }

    /// <summary>Saaty's rounded reciprocals (0.33 for 1/3) in one member's matrix and exact ones in another's still give
    /// a reciprocal team matrix: only the upper triangle is averaged.</summary>
    [Fact]
    public void The_team_matrix_is_exactly_reciprocal()
    {
        double[][] rounded = [[1, 3, 5], [0.33, 1, 3], [0.2, 0.33, 1]];
        var team = TeamAhp.Aggregate([new("a", rounded), new("b", Ahead)]);

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                (team.AggregatedMatrix[i][j] * team.AggregatedMatrix[j][i]).ShouldBe(1, 1e-12);
            }
        }

        team.AggregatedMatrix[0][1].ShouldBe(Math.Sqrt(6), 1e-12);
    }

    [Fact]
    public void Matrices_of_different_sizes_are_refused() =>
        Should.Throw<DecisionInputException>(() => TeamAhp.Aggregate([new("a", Ahead), new("b", [[1, 2], [0.5, 1]])]))
            .Message.ShouldContain("b's matrix");
}
