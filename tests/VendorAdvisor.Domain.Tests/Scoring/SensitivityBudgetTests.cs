using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// The sensitivity search has a work budget: at the documented limits it stops and says what it left out; below
/// them (the catalog's 4 x 6 and far beyond) it searches everything, as it always did.
public sealed class SensitivityBudgetTests
{
    private static DecisionRequest AllEqual(int alternatives, int criteria, McdaMethod method) => Problems.Table(
        [.. Enumerable.Range(1, criteria).Select(j => $"C{j}")],
        [.. Enumerable.Range(0, alternatives).Select(_ => Enumerable.Repeat(5.0, criteria).ToArray())],
        method: method);

    [Theory]
    [InlineData(McdaMethod.Topsis)]
    [InlineData(McdaMethod.WeightedSum)]
    public void At_the_documented_limits_the_search_stops_at_its_budget_and_says_what_it_left_out(McdaMethod method)
    {
        var sensitivity = DecisionEngine.Analyze(AllEqual(DecisionEngine.MaxAlternatives, DecisionEngine.MaxCriteria, method)).Sensitivity;

        var incomplete = sensitivity.Incomplete.ShouldNotBeNull();
        incomplete.ShouldContain($"weights lists {sensitivity.Weights.Count} of {DecisionEngine.MaxCriteria} criteria");
        incomplete.ShouldContain($"removals {sensitivity.Removals.Count} of {DecisionEngine.MaxAlternatives} alternatives");
        (sensitivity.Weights.Count < DecisionEngine.MaxCriteria || sensitivity.Removals.Count < DecisionEngine.MaxAlternatives).ShouldBeTrue();
        // What was searched is what an unbounded search finds: with every value equal the winner never changes.
        sensitivity.Weights.ShouldAllBe(w => w.LowerBound == 0 && w.UpperBound == 1 && w.WinnerBelow == null && w.WinnerAbove == null);
    }

    [Theory]
    [InlineData(McdaMethod.Topsis, 20, 10)]
    [InlineData(McdaMethod.Ahp, 20, 10)]
    [InlineData(McdaMethod.WeightedSum, 60, 20)]
    public void Well_below_the_limits_everything_is_searched(McdaMethod method, int alternatives, int criteria)
    {
        var sensitivity = DecisionEngine.Analyze(AllEqual(alternatives, criteria, method)).Sensitivity;

        sensitivity.Incomplete.ShouldBeNull();
        sensitivity.Weights.Count.ShouldBe(criteria);
        sensitivity.Removals.Count.ShouldBe(alternatives);
    }

    [Fact]
    public void Every_sample_profile_is_searched_completely_with_every_method()
    {
        foreach (var name in TestSupport.Seeds.ProfileNames())
        {
            foreach (var method in new[] { McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp })
            {
                var result = Advisor.Recommend(TestSupport.Seeds.Profile(name), TestSupport.Seeds.Catalog(), new AnalysisOptions { Samples = 0, Method = method });
                result.Sensitivity.Incomplete.ShouldBeNull($"{name} {method}");
            }
        }
    }
}
