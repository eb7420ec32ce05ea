using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// <summary>Raw values of any finite magnitude: a defined, finite answer or a DecisionInputException, never NaN,
/// never Infinity, never a silently ignored criterion.</summary>
public sealed class MagnitudeTests
{
    private static readonly McdaMethod[] AllMethods = [McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp];

    public static TheoryData<McdaMethod> Methods => new(AllMethods);

    private static Gen<DecisionRequest> Requests() => PropertyTests.Requests(withUncertainty: true, samples: 100);

    /// <summary>Binary exponents far beyond where sums of squares (±512) or ranges overflow or vanish.</summary>
    private static Gen<int> LargeExponents() => Gen.OneOf(Gen.Choose(-1000, -600), Gen.Choose(600, 1000));

    private static DecisionRequest ScaleColumn(DecisionRequest request, string criterion, int k, bool weights = false) => request with
    {
        Alternatives = request.Alternatives.Select(a => a with
        {
            Scores = a.Scores.ToDictionary(s => s.Key, s => s.Key == criterion ? Math.ScaleB(s.Value, k) : s.Value),
            Uncertainty = a.Uncertainty?.ToDictionary(s => s.Key, s => s.Key == criterion ? Math.ScaleB(s.Value, k) : s.Value),
        }).ToArray(),
        Weights = weights ? request.Weights?.ToDictionary(w => w.Key, w => Math.ScaleB(w.Value, k)) : request.Weights,
    };

    private static bool SameRanking(DecisionAnalysis a, DecisionAnalysis b) =>
        a.Ranking.Select(r => (r.Alternative, r.Score, r.ProbabilityFirst)).SequenceEqual(b.Ranking.Select(r => (r.Alternative, r.Score, r.ProbabilityFirst)))
        && a.Ranking.Zip(b.Ranking).All(p => (p.First.RankProbabilities ?? []).SequenceEqual(p.Second.RankProbabilities ?? []));

    [Property(MaxTest = 200)]
    public Property Scaling_one_criterion_by_a_huge_or_tiny_power_of_two_changes_nothing() =>
        Prop.ForAll(Requests().ToArbitrary(), LargeExponents().ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (request, k, column) =>
        {
            var criterion = request.Criteria[column % request.Criteria.Count].Id;
            var expected = DecisionEngine.Analyze(request);
            var actual = DecisionEngine.Analyze(ScaleColumn(request, criterion, k));
            return SameRanking(actual, expected) && actual.Weights.SequenceEqual(expected.Weights);
        });

    [Property(MaxTest = 100)]
    public Property Scaling_every_criterion_and_the_weights_by_different_huge_powers_of_two_changes_nothing() =>
        Prop.ForAll(Requests().ToArbitrary(), LargeExponents().ArrayOf(6).ToArbitrary(), (request, ks) =>
        {
            var scaled = request;
            for (var j = 0; j < request.Criteria.Count; j++)
            {
                scaled = ScaleColumn(scaled, request.Criteria[j].Id, ks[j]);
            }

            scaled = ScaleColumn(scaled, "", ks[5], weights: true);
            var expected = DecisionEngine.Analyze(request);
            var actual = DecisionEngine.Analyze(scaled);
            return SameRanking(actual, expected) && actual.Weights.Select(w => w.Weight).Zip(expected.Weights.Select(w => w.Weight)).All(p => Math.Abs(p.First - p.Second) < 1e-15);
        });

    private static readonly double[][] Ordinary = [[1, 2, 5], [0.5, 3, 7], [0.75, 1, 6]];

    private static DecisionRequest Matrix(double[][] rows, McdaMethod method, double[][]? sd = null) =>
        Problems.Table(["x", "y", "z"], rows, [2, 1, 1], [true, false, true], method, uncertainty: sd, samples: sd is null ? 0 : 500);

    private static double[][] WithColumn(double[][] rows, int j, double factor) =>
        rows.Select(r => r.Select((x, c) => c == j ? x * factor : x).ToArray()).ToArray();

    private static void ShouldBeFinite(DecisionAnalysis analysis)
    {
        analysis.Ranking.ShouldAllBe(r => double.IsFinite(r.Score) && r.Contributions.Values.All(double.IsFinite));
        analysis.Sensitivity.Weights.ShouldAllBe(s => double.IsFinite(s.LowerBound) && double.IsFinite(s.UpperBound));
    }

    [Theory]
    [InlineData(McdaMethod.WeightedSum, 1e300)]
    [InlineData(McdaMethod.WeightedSum, 1e-300)]
    [InlineData(McdaMethod.Topsis, 1e300)]
    [InlineData(McdaMethod.Topsis, 1e-300)]
    [InlineData(McdaMethod.Ahp, 1e300)]
    [InlineData(McdaMethod.Ahp, 1e-300)]
    public void Values_at_the_ends_of_the_double_range_give_the_ordinary_answer(McdaMethod method, double factor)
    {
        var expected = DecisionEngine.Analyze(Matrix(Ordinary, method));
        foreach (var j in new[] { 0, 1 })
        {
            var actual = DecisionEngine.Analyze(Matrix(WithColumn(Ordinary, j, factor), method));

            ShouldBeFinite(actual);
            actual.Order().ShouldBe(expected.Order());
            foreach (var id in expected.Order())
            {
                actual.Score(id).ShouldBe(expected.Score(id), 1e-12);
                actual.Ranking.Single(r => r.Alternative == id).Contributions[j == 0 ? "x" : "y"]
                    .ShouldBe(expected.Ranking.Single(r => r.Alternative == id).Contributions[j == 0 ? "x" : "y"], 1e-12);
            }
        }
    }

    [Theory]
    [InlineData(McdaMethod.Topsis)]
    [InlineData(McdaMethod.Ahp)]
    public void A_criterion_of_tiny_values_still_decides(McdaMethod method)
    {
        // Only x separates the two; with its sum of squares vanishing it used to be ignored (a tie, decided by id).
        var request = Problems.Table(["x", "y"], [[1e-300, 5], [3e-300, 5]], [1, 1], method: method, ids: ["a", "b"]);

        var analysis = DecisionEngine.Analyze(request);

        analysis.Order().ShouldBe(["b", "a"]);
        analysis.Score("b").ShouldBeGreaterThan(analysis.Score("a"));
    }

    [Theory]
    [InlineData(McdaMethod.WeightedSum)]
    [InlineData(McdaMethod.Topsis)]
    public void Signed_values_spanning_the_whole_double_range_are_ranked(McdaMethod method)
    {
        // max − min overflows: min-max used to give NaN.
        var request = Problems.Table(["x", "y"], [[-1.7e308, 1], [1.7e308, 1], [0, 1]], [1, 1], method: method, ids: ["low", "high", "zero"]);

        var analysis = DecisionEngine.Analyze(request);

        ShouldBeFinite(analysis);
        analysis.Order().ShouldBe(["high", "zero", "low"]);
        if (method == McdaMethod.WeightedSum)
        {
            analysis.Score("high").ShouldBe(1, 1e-12);
            analysis.Score("zero").ShouldBe(0.75, 1e-12);
            analysis.Score("low").ShouldBe(0.5, 1e-12);
        }
    }

    [Fact]
    public void Weights_whose_sum_overflows_are_normalised()
    {
        var request = Problems.Table(["a", "b"], [[1, 2], [2, 1]], [1.5e308, 0.5e308], ids: ["x", "y"]);

        var analysis = DecisionEngine.Analyze(request);

        analysis.Weights.Select(w => w.Weight).ShouldBe([0.75, 0.25]);
        analysis.WeightsSource.ShouldBe("explicit");
        analysis.Order().ShouldBe(["y", "x"]);
    }

    [Fact]
    public void A_fixed_scale_spanning_the_double_range_is_usable()
    {
        var request = Problems.Table(["a", "b"], [[1.7e308, 0], [-1.7e308, 0]], [1, 1], normalisation: new Normalisation(NormalisationKind.FixedScale, -1.7e308, 1.7e308), ids: ["x", "y"]);

        var analysis = DecisionEngine.Analyze(request);

        ShouldBeFinite(analysis);
        analysis.Normalisation.ScaleMax.ShouldBe(1.7e308);
        analysis.Order().ShouldBe(["x", "y"]);
        analysis.Score("x").ShouldBe(0.75, 1e-12);
        analysis.Score("y").ShouldBe(0.25, 1e-12);
    }

    [Fact]
    public void Raw_values_near_the_largest_double_keep_their_units()
    {
        var request = Problems.Table(["a", "b"], [[1.7e308, -1.7e308], [-1.7e308, 1.7e308], [1e308, 1e308]], [3, 1], normalisation: new Normalisation(NormalisationKind.None), ids: ["x", "y", "z"]);

        var analysis = DecisionEngine.Analyze(request);

        ShouldBeFinite(analysis);
        analysis.Order().ShouldBe(["z", "x", "y"]);
        analysis.Score("z").ShouldBe(1e308, 1e294);
        analysis.Score("x").ShouldBe(0.85e308, 1e294);
    }

    [Fact]
    public void Costs_too_far_apart_for_their_reciprocals_are_refused_with_the_reason()
    {
        var request = Problems.Table(["price"], [[1e-200], [1e200]], benefit: [false], method: McdaMethod.Ahp);

        var error = Should.Throw<DecisionInputException>(() => DecisionEngine.Analyze(request));

        error.Message.ShouldContain("'price'");
        error.Message.ShouldContain("orders of magnitude");
    }

    [Theory]
    [InlineData(1e-15)]
    [InlineData(1)]
    [InlineData(1e15)]
    public void The_distributive_clamp_is_relative_to_the_criterion_and_described_in_the_callers_units(double unit)
    {
        // Costs of tiny magnitude used to be clamped at an absolute 1e-9, i.e. above every sample.
        double[][] rows = [[2 * unit, 5], [3 * unit, 6], [2.5 * unit, 4]];
        double[][] sd = [[1 * unit, 1], [1 * unit, 1], [1 * unit, 1]];
        var request = Problems.Table(["cost", "quality"], rows, [1, 1], [false, true], McdaMethod.Ahp, uncertainty: sd, samples: 2_000);
        var reference = Problems.Table(["cost", "quality"], [[2, 5], [3, 6], [2.5, 4]], [1, 1], [false, true], McdaMethod.Ahp, uncertainty: [[1, 1], [1, 1], [1, 1]], samples: 2_000);

        var analysis = DecisionEngine.Analyze(request);
        var expected = DecisionEngine.Analyze(reference);

        analysis.Ranking.Select(r => (r.Alternative, r.ProbabilityFirst)).ShouldBe(expected.Ranking.Select(r => (r.Alternative, r.ProbabilityFirst)));
        var clamping = analysis.Uncertainty!.Clamping;
        clamping.ShouldNotContain("Infinity");
        clamping.ShouldContain("at 0 for benefit criteria");
        // 2^-50 ≤ 2e-15 < 2^-49 and so on: the power of two at or below the smallest cost, times 1e-9.
        clamping.ShouldContain(FormattableString.Invariant($"cost {Math.ScaleB(1e-9, Math.ILogB(2 * unit)):G3}"));
    }

    [Fact]
    public void Benefits_under_the_distributive_normalisation_are_clamped_at_zero_only()
    {
        var request = Problems.Table(["a"], [[1], [2]], method: McdaMethod.Ahp, uncertainty: [[1], [1]], samples: 100);

        DecisionEngine.Analyze(request).Uncertainty!.Clamping
            .ShouldBe("samples clamped below at 0, because the distributive normalisation needs non-negative values; not clamped above");
    }

    [Fact]
    public void The_work_budget_refuses_a_maximum_size_request_and_says_how_many_samples_fit()
    {
        var criteria = Enumerable.Range(0, DecisionEngine.MaxCriteria).Select(j => $"c{j}").ToArray();
        var rows = Enumerable.Range(0, DecisionEngine.MaxAlternatives).Select(i => criteria.Select((_, j) => (double)((i * 7) + j) % 11).ToArray()).ToArray();
        var sd = rows.Select(r => r.Select(_ => 1.0).ToArray()).ToArray();
        var request = Problems.Table(criteria, rows, uncertainty: sd, samples: DecisionEngine.MaxSamples);

        var error = Should.Throw<DecisionInputException>(() => DecisionEngine.Analyze(request));

        DecisionEngine.MaxSamplesFor(DecisionEngine.MaxCriteria, DecisionEngine.MaxAlternatives).ShouldBe(1_000);
        error.Message.ShouldContain("50,000,000");
        error.Message.ShouldContain("use at most 1,000 samples");
        DecisionEngine.WorkBudgetProblem(DecisionEngine.MaxCriteria, DecisionEngine.MaxAlternatives, 1_000).ShouldBeNull();
        DecisionEngine.WorkBudgetProblem(DecisionEngine.MaxCriteria, DecisionEngine.MaxAlternatives, 1_001).ShouldNotBeNull();
        // The catalog's size (4 vendors, 6 criteria) keeps every sample count the engine accepts.
        DecisionEngine.MaxSamplesFor(6, 4).ShouldBe(DecisionEngine.MaxSamples);
        // Without uncertainty nothing is sampled, so nothing counts against the budget.
        DecisionEngine.Analyze(request with { Alternatives = request.Alternatives.Select(a => a with { Uncertainty = null }).ToArray() })
            .Uncertainty.ShouldBeNull();
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        var request = Problems.Table(["a", "b"], [[1, 2], [2, 1]], uncertainty: [[1, 1], [1, 1]], samples: 100_000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => DecisionEngine.Analyze(request, cancelled.Token));
    }
}
