using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class AhpTests
{
    [Fact]
    public void Perfectly_consistent_matrix_gives_its_ratios_and_zero_consistency_ratio()
    {
        // a_ij = w_i / w_j for w = (0.5, 0.3, 0.2): the eigenvector is w itself and λmax = n.
        double[] w = [0.5, 0.3, 0.2];
        var matrix = w.Select(wi => w.Select(wj => wi / wj).ToArray()).ToArray();

        var result = Ahp.Weights(matrix);

        result.Weights.Zip(w).ShouldAllBe(p => Math.Abs(p.First - p.Second) < 1e-12);
        result.LambdaMax.ShouldBe(3, 1e-12);
        result.ConsistencyRatio.ShouldBe(0, 1e-12);
        result.Consistent.ShouldBeTrue();
    }

    [Fact]
    public void Intransitive_judgements_are_reported_as_inconsistent()
    {
        // A beats B strongly, B beats C strongly, yet C beats A strongly: a cycle no weights can honour.
        double[,] cycle = { { 1, 9, 1 / 9.0 }, { 1 / 9.0, 1, 9 }, { 9, 1 / 9.0, 1 } };

        var result = Ahp.Weights(cycle);

        result.ConsistencyRatio.ShouldBeGreaterThan(Ahp.ConsistencyThreshold);
        result.Consistent.ShouldBeFalse();
        result.Weights.Sum().ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Random_index_follows_Saaty_table()
    {
        Ahp.RandomIndex(3).ShouldBe(0.58);
        Ahp.RandomIndex(4).ShouldBe(0.90);
        Ahp.RandomIndex(6).ShouldBe(1.24);
        Ahp.RandomIndex(10).ShouldBe(1.49);
        Ahp.RandomIndex(40).ShouldBe(1.59);
    }

    [Fact]
    public void One_and_two_element_matrices_are_always_consistent()
    {
        Ahp.Weights(new double[,] { { 1 } }).Weights.ShouldBe([1.0]);
        var two = Ahp.Weights(new double[,] { { 1, 3 }, { 1 / 3.0, 1 } });
        two.Weights[0].ShouldBe(0.75, 1e-12);
        two.ConsistencyRatio.ShouldBe(0);
        two.Consistent.ShouldBeTrue();
    }

    [Fact]
    public void Validation_says_what_is_wrong_with_a_matrix()
    {
        Ahp.Validate([]).ShouldContain("the pairwise matrix is empty");
        Ahp.Validate([[1, 2], [0.5]]).ShouldContain(p => p.Contains("row 1", StringComparison.Ordinal));
        Ahp.Validate([[1, -2], [0.5, 1]]).ShouldContain(p => p.Contains("positive", StringComparison.Ordinal));
        Ahp.Validate([[2, 2], [0.5, 1]]).ShouldContain(p => p.Contains("diagonal", StringComparison.Ordinal));
        Ahp.Validate([[1, 2], [2, 1]]).ShouldContain(p => p.Contains("not reciprocal", StringComparison.Ordinal));
        Ahp.Validate([[1, 3], [0.333, 1]]).ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_matrix_is_a_domain_error_not_a_crash()
    {
        var error = Should.Throw<DecisionInputException>(() => Ahp.Weights(new double[,] { { 1, 2 }, { 2, 1 } }));
        error.Message.ShouldContain("not reciprocal");
    }

    /// <summary>Saaty's reciprocals as people type them, to two decimals: 3 x 0.33 and 9 x 0.11 miss a 1 % product
    /// tolerance by a rounding error, 8 x 0.13 and 6 x 0.17 by more; all must pass, in both positions.</summary>
    [Theory]
    [InlineData(2, 0.5)]
    [InlineData(3, 0.33)]
    [InlineData(4, 0.25)]
    [InlineData(5, 0.2)]
    [InlineData(6, 0.17)]
    [InlineData(7, 0.14)]
    [InlineData(8, 0.13)]
    [InlineData(9, 0.11)]
    public void Two_decimal_reciprocals_of_Saatys_scale_pass(double judgement, double typed)
    {
        Ahp.Validate([[1, judgement], [typed, 1]]).ShouldBeEmpty();
        Ahp.Validate([[1, typed], [judgement, 1]]).ShouldBeEmpty();
        Ahp.Weights([[1, judgement], [typed, 1]]).Weights[0].ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void A_clearly_non_reciprocal_pair_still_fails()
    {
        Ahp.Validate([[1, 3], [1, 1]]).ShouldHaveSingleItem().ShouldContain("not reciprocal");
        Should.Throw<DecisionInputException>(() => Ahp.Weights([[1, 3], [1, 1]]));
    }
}
