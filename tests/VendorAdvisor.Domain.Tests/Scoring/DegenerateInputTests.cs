using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// <summary>Degenerate input gets a defined answer (never NaN, never an unexpected exception) or a clear domain error.</summary>
public sealed class DegenerateInputTests
{
    public static TheoryData<McdaMethod> Methods => new() { McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp };

    private static void ShouldBeFinite(DecisionAnalysis analysis)
    {
        analysis.Ranking.ShouldAllBe(r => double.IsFinite(r.Score));
        analysis.Ranking.SelectMany(r => r.Contributions.Values).ShouldAllBe(v => double.IsFinite(v));
        analysis.Weights.ShouldAllBe(w => double.IsFinite(w.Weight));
        analysis.Sensitivity.Weights.ShouldAllBe(s => double.IsFinite(s.LowerBound) && double.IsFinite(s.UpperBound));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_criterion_on_which_everyone_scores_the_same_changes_nothing(McdaMethod method)
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(
            ["same", "differs"], [[5, 9], [5, 2], [5, 6]], [0.5, 0.5], method: method, uncertainty: [[1, 1], [1, 1], [1, 1]], samples: 500));

        ShouldBeFinite(analysis);
        analysis.Order().ShouldBe(["A1", "A3", "A2"]);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_single_alternative_ranks_first_with_certainty(McdaMethod method)
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(
            ["c1", "c2"], [[3, 4]], [1, 2], method: method, uncertainty: [[1, 1]], samples: 200));

        ShouldBeFinite(analysis);
        analysis.Ranking.ShouldHaveSingleItem().Rank.ShouldBe(1);
        analysis.Ranking[0].ProbabilityFirst.ShouldBe(1);
        analysis.Sensitivity.SmallestWinnerChange.ShouldBeNull();
        analysis.Sensitivity.Removals.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void All_weights_zero_falls_back_to_equal_weights_and_says_so(McdaMethod method)
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["c1", "c2"], [[3, 4], [5, 1]], [0, 0], method: method));

        ShouldBeFinite(analysis);
        analysis.Weights.ShouldAllBe(w => w.Weight == 0.5);
        analysis.Warnings.ShouldContain(w => w.Contains("all weights are zero", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Identical_alternatives_tie_and_the_tie_goes_to_the_smaller_id(McdaMethod method)
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["c1", "c2"], [[4, 4], [4, 4]], [1, 1], method: method, ids: ["zeta", "alpha"]));

        ShouldBeFinite(analysis);
        analysis.Order().ShouldBe(["alpha", "zeta"]);
        analysis.Ranking[0].Score.ShouldBe(analysis.Ranking[1].Score);
    }

    [Fact]
    public void Topsis_with_an_all_zero_column_stays_finite()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["zero", "c2"], [[0, 1], [0, 3]], [0.5, 0.5], method: McdaMethod.Topsis));

        ShouldBeFinite(analysis);
        analysis.Order()[0].ShouldBe("A2");
    }

    [Fact]
    public void Single_criterion_gets_the_whole_weight_and_a_full_stability_interval()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["only"], [[1], [2]], [3]));

        analysis.Weights.ShouldHaveSingleItem().Weight.ShouldBe(1);
        analysis.Sensitivity.Weights[0].LowerBound.ShouldBe(0);
        analysis.Sensitivity.Weights[0].UpperBound.ShouldBe(1);
    }

    [Fact]
    public void Raw_values_of_any_magnitude_and_sign_are_normalised()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(
            ["revenue", "loss"], [[2e9, -3.5], [1e9, -0.5]], [1, 1], benefit: [true, false]));

        ShouldBeFinite(analysis);
        analysis.Normalisation.Kind.ShouldBe(NormalisationKind.MinMax);
        analysis.Ranking.ShouldAllBe(r => r.Score >= 0 && r.Score <= 1);
    }

    public static TheoryData<string, DecisionRequest> InvalidRequests => new()
    {
        { "appears more than once", Problems.Table(["c"], [[1], [2]], ids: ["x", "x"]) },
        { "weights.nope: There is no criterion 'nope'", Problems.Table(["c"], [[1]]) with { Weights = new Dictionary<string, double> { ["nope"] = 1 } } },
        { "alternatives[0].scores.c: A score must be a finite number", Problems.Table(["c"], [[double.NaN]]) },
        { "non-negative", Problems.Table(["c"], [[1]], [-1]) },
        { "alternatives[0].scores.c: The ahp method compares values as ratios: a benefit score must not be negative", Problems.Table(["c"], [[-1]], method: McdaMethod.Ahp) },
        { "cannot be used with method", Problems.Table(["c"], [[1]], method: McdaMethod.Topsis, normalisation: new Normalisation(NormalisationKind.MinMax)) },
        { "not both", Problems.Table(["c"], [[1]], [1]) with { PairwiseMatrix = [[1.0]] } },
        { "must be 2x2", Problems.Table(["c", "d"], [[1, 2]]) with { PairwiseMatrix = [[1.0]] } },
        { "at least one alternative", Problems.Table(["c"], []) },
        { "samples must be", Problems.Table(["c"], [[1]], samples: -1) },
        { "fixed scale", Problems.Table(["c"], [[11]], normalisation: new Normalisation(NormalisationKind.FixedScale, 0, 10)) },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Invalid_input_is_a_domain_error_that_says_why(string expected, DecisionRequest request)
    {
        var error = Should.Throw<DecisionInputException>(() => DecisionEngine.Analyze(request));
        error.Message.ShouldContain(expected);
    }
}
