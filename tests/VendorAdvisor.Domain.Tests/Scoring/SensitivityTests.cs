using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class SensitivityTests
{
    // A is perfect on c1 and worthless on c2, B the reverse; with c1 at weight t, A scores t and B 1 - t (both methods).
    private static DecisionRequest Mirror(McdaMethod method) => Problems.Table(
        ["c1", "c2"], [[10, 0], [0, 10]], [0.6, 0.4], method: method,
        normalisation: method == McdaMethod.Topsis ? null : new Normalisation(NormalisationKind.FixedScale, 0, 10),
        ids: ["A", "B"]);

    [Theory]
    [InlineData(McdaMethod.WeightedSum, 1e-12)]
    [InlineData(McdaMethod.Topsis, 1e-9)]
    public void Winner_stays_while_its_best_criterion_keeps_at_least_half_the_weight(McdaMethod method, double tolerance)
    {
        var sensitivity = DecisionEngine.Analyze(Mirror(method)).Sensitivity;

        sensitivity.Winner.ShouldBe("A");
        var c1 = sensitivity.Weights.Single(w => w.Criterion == "c1");
        c1.LowerBound.ShouldBe(0.5, tolerance);
        c1.UpperBound.ShouldBe(1);
        c1.WinnerBelow.ShouldBe("B");
        c1.WinnerAbove.ShouldBeNull();
        var c2 = sensitivity.Weights.Single(w => w.Criterion == "c2");
        c2.LowerBound.ShouldBe(0);
        c2.UpperBound.ShouldBe(0.5, tolerance);
        c2.WinnerAbove.ShouldBe("B");
    }

    [Fact]
    public void Smallest_winner_change_is_a_tenth_of_weight_and_goes_to_B()
    {
        var change = DecisionEngine.Analyze(Mirror(McdaMethod.WeightedSum)).Sensitivity.SmallestWinnerChange!;

        Math.Abs(change.Change).ShouldBe(0.1, 1e-12);
        change.NewWinner.ShouldBe("B");
        change.Criterion.ShouldBe("c1");
        change.ToWeight.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void A_dominant_winner_never_changes_whatever_one_weight_does()
    {
        var sensitivity = DecisionEngine.Analyze(Problems.Table(["c1", "c2"], [[9, 9], [1, 2]], [1, 1])).Sensitivity;

        sensitivity.SmallestWinnerChange.ShouldBeNull();
        sensitivity.Weights.ShouldAllBe(w => w.LowerBound == 0 && w.UpperBound == 1);
    }

    [Fact]
    public void Removing_an_alternative_can_reverse_the_others_under_min_max_normalisation()
    {
        // With C present, c2 spans 0..10 and B gets 0.7 of it; without C it spans 0..7 and B tops it, overtaking A.
        var analysis = DecisionEngine.Analyze(Problems.Table(
            ["c1", "c2"], [[10, 0], [0, 7], [5, 10]], [0.45, 0.55], ids: ["A", "B", "C"]));

        analysis.Order().ShouldBe(["C", "A", "B"]);
        var withoutC = analysis.Sensitivity.Removals.Single(r => r.Removed == "C");
        withoutC.OrderOfOthersPreserved.ShouldBeFalse();
        withoutC.OrderWithout.ShouldBe(["B", "A"]);
        analysis.Sensitivity.Removals.Single(r => r.Removed == "B").OrderOfOthersPreserved.ShouldBeTrue();
    }

    [Fact]
    public void On_the_catalog_fixed_scale_no_removal_reverses_the_weighted_sum_order()
    {
        var result = Advisor.Recommend(TestSupport.Seeds.Profile("global-car-brand"), TestSupport.Seeds.Catalog(), new AnalysisOptions { Samples = 0 });

        result.Sensitivity.Removals.Count.ShouldBe(4);
        result.Sensitivity.Removals.ShouldAllBe(r => r.OrderOfOthersPreserved);
    }

    [Fact]
    public void Every_stability_interval_contains_the_current_weight()
    {
        foreach (var name in TestSupport.Seeds.ProfileNames())
        {
            foreach (var method in new[] { McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp })
            {
                var result = Advisor.Recommend(TestSupport.Seeds.Profile(name), TestSupport.Seeds.Catalog(), new AnalysisOptions { Samples = 0, Method = method });
                result.Sensitivity.Weights.ShouldAllBe(w => w.LowerBound <= w.Weight + 1e-12 && w.Weight <= w.UpperBound + 1e-12, $"{name} {method}");
            }
        }
    }
}
