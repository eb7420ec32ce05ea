using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class VikorTests
{
    /// <summary>S. Opricovic and G.-H. Tzeng, "Compromise solution by MCDM methods: A comparative analysis of VIKOR and
    /// TOPSIS", European Journal of Operational Research 156(2):445-455, 2004, doi:10.1016/S0377-2217(03)00020-1,
    /// numerical example, Tables 1-3: a mountain climber's three alternatives on risk (1-5, lower is better) and altitude
    /// (m, higher is better), weights 0.5 and 0.5, v = 0.5. Published: S = 0.5, 0.375, 0.5; R = 0.5, 0.25, 0.5;
    /// Q = 1, 0, 1; the compromise solution is A2.</summary>
    [Fact]
    public void Reproduces_Opricovic_and_Tzeng_2004_tables_1_to_3()
    {
        var result = Vikor.Compute([[1, 3000], [2, 3750], [5, 4500]], [false, true], [0.5, 0.5]);

        result.S.ShouldBe([0.5, 0.375, 0.5], 1e-12);
        result.R.ShouldBe([0.5, 0.25, 0.5], 1e-12);
        result.Q.ShouldBe([1.0, 0.0, 1.0], 1e-12);
        result.DQ.ShouldBe(0.5);
        result.AcceptableAdvantage.ShouldBeTrue();
        result.AcceptableStability.ShouldBeTrue();
        result.CompromiseSet.ShouldBe([1]);
    }

    /// <summary>The same paper's point about units: the problem restated as (6, 2.0), (7, 2.75), (10, 3.5) gives the
    /// same S, R and Q, because VIKOR's linear normalisation does not depend on the units.</summary>
    [Fact]
    public void Gives_the_same_measures_when_the_units_change()
    {
        var result = Vikor.Compute([[6, 2.0], [7, 2.75], [10, 3.5]], [false, true], [0.5, 0.5]);

        result.S.ShouldBe([0.5, 0.375, 0.5], 1e-12);
        result.Q.ShouldBe([1.0, 0.0, 1.0], 1e-12);
    }

    /// <summary>Hand computation (benefit c1, cost c2, equal weights, v = 0.5). A1 = (10, 5), A2 = (9, 4), A3 = (0, 0):
    /// weighted regrets A1 (0, 0.5), A2 (0.05, 0.4), A3 (0.5, 0), so S = 0.5, 0.45, 0.5 and R = 0.5, 0.4, 0.5;
    /// Q(A2) = 0 and Q(A1) = Q(A3) = 1: a gap of 1 >= DQ = 0.5 (C1) and A2 best by S (C2), so A2 alone.
    /// With A2 = (9, 4.9) the regrets become (0.05, 0.49): S = 0.5, 0.54, 0.5 and R = 0.5, 0.49, 0.5, so
    /// Q(A1) = 0.5·0 + 0.5·(0.01/0.01) = 0.5, Q(A2) = 0.5·1 + 0.5·0 = 0.5, Q(A3) = 0.5·0 + 0.5·1 = 0.5: C1 fails
    /// (gap 0 &lt; 0.5) and the compromise set is every alternative within DQ of the first.</summary>
    [Fact]
    public void Reports_a_compromise_set_when_the_advantage_is_not_acceptable()
    {
        var clear = Vikor.Compute([[10, 5], [9, 4], [0, 0]], [true, false], [0.5, 0.5]);
        clear.S.ShouldBe([0.5, 0.45, 0.5], 1e-12);
        clear.R.ShouldBe([0.5, 0.4, 0.5], 1e-12);
        clear.CompromiseSet.ShouldBe([1]);

        var close = Vikor.Compute([[10, 5], [9, 4.9], [0, 0]], [true, false], [0.5, 0.5]);
        close.S.ShouldBe([0.5, 0.54, 0.5], 1e-12);
        close.R.ShouldBe([0.5, 0.49, 0.5], 1e-12);
        close.Q.ShouldBe([0.5, 0.5, 0.5], 1e-12);
        close.AcceptableAdvantage.ShouldBeFalse();
        close.CompromiseSet.ShouldBe([0, 1, 2]);
    }

    /// <summary>Hand computation (benefit criteria, weights 0.6 and 0.4, v = 0): A1 = (10, 0), A2 = (7, 10), A3 = (0, 9)
    /// give weighted regrets A1 (0, 0.4), A2 (0.18, 0), A3 (0.6, 0.04): S = 0.4, 0.18, 0.64; R = 0.4, 0.18, 0.6;
    /// with v = 0, Q = (R - 0.18)/(0.6 - 0.18): A1 0.22/0.42, A2 0, A3 1. A2 is first by Q, S and R.</summary>
    [Fact]
    public void Leads_on_everything_when_best_by_S_and_R()
    {
        var result = Vikor.Compute([[10, 0], [7, 10], [0, 9]], [true, true], [0.6, 0.4], v: 0);

        result.S.ShouldBe([0.4, 0.18, 0.64], 1e-12);
        result.R.ShouldBe([0.4, 0.18, 0.6], 1e-12);
        result.Q[0].ShouldBe(0.22 / 0.42, 1e-12);
        result.CompromiseSet.ShouldBe([1]);
    }

    /// <summary>Conclude on given S, R, Q (hand-made): A1 first by Q with a clear gap but not best by S nor by R fails
    /// only C2, so the compromise is A1 and A2.</summary>
    [Fact]
    public void Keeps_the_first_two_when_only_stability_fails()
    {
        var result = Vikor.Conclude([0.5, 0.4, 0.9], [0.3, 0.2, 0.6], [0.0, 0.6, 1.0], 0.5);

        result.AcceptableAdvantage.ShouldBeTrue();
        result.AcceptableStability.ShouldBeFalse();
        result.CompromiseSet.ShouldBe([0, 1]);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Rejects_a_v_outside_zero_to_one(double v) =>
        Should.Throw<DecisionInputException>(() => Vikor.Compute([[1, 2], [2, 1]], [true, true], [1, 1], v));
}
