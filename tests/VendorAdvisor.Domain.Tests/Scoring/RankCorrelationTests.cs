using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class RankCorrelationTests
{
    [Fact]
    public void Identical_and_reversed_orders_are_plus_and_minus_one()
    {
        RankCorrelation.KendallTauB([4, 3, 2, 1], [40, 30, 20, 10]).ShouldBe(1);
        RankCorrelation.KendallTauB([4, 3, 2, 1], [1, 2, 3, 4]).ShouldBe(-1);
    }

    /// <summary>Hand computation with a tie: x = (3, 2, 2, 1), y = (4, 3, 1, 2). Of the 6 pairs, (2,3) is tied in x;
    /// of the other five, (1,2), (1,3), (1,4), (2,4) are concordant and (3,4) discordant (x 2 > 1, y 1 &lt; 2).
    /// tau-b = (4 - 1)/sqrt((6 - 1)(6 - 0)) = 3/sqrt(30) = 0.5477.</summary>
    [Fact]
    public void Ties_enter_the_denominator_as_tau_b_prescribes() =>
        RankCorrelation.KendallTauB([3, 2, 2, 1], [4, 3, 1, 2])!.Value.ShouldBe(3 / Math.Sqrt(30), 1e-12);

    [Fact]
    public void A_scoring_that_ties_everyone_has_no_correlation() =>
        RankCorrelation.KendallTauB([1, 1, 1], [1, 2, 3]).ShouldBeNull();
}
