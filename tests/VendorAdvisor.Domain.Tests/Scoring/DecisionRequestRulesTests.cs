using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// <summary>The engine's rules name the field each problem is on, in the caller's JSON paths: the host relays them as
/// they are, and the engine refuses exactly what they report.</summary>
public sealed class DecisionRequestRulesTests
{
    private static DecisionRequest Valid() => Problems.Table(["price", "localization"], [[100, 9], [150, 10]], [1, 1], benefit: [false, true]);

    [Fact]
    public void A_valid_request_has_no_problems_and_is_analysed()
    {
        DecisionRequestRules.Validate(Valid()).ShouldBeEmpty();
        DecisionEngine.Analyze(Valid()).Ranking.Count.ShouldBe(2);
    }

    public static TheoryData<string, DecisionRequest> Invalid => new()
    {
        { "criteria", Valid() with { Criteria = [] } },
        { "criteria", Valid() with { Criteria = [.. Enumerable.Range(0, DecisionEngine.MaxCriteria + 1).Select(j => new DecisionCriterion($"c{j}"))] } },
        { "criteria[1]", Valid() with { Criteria = [new("price", false), null!] } },
        { "criteria[1].id", Valid() with { Criteria = [new("price", false), new("price")] } },
        { "criteria[0].id", Valid() with { Criteria = [new(" ", false), new("localization")] } },
        { "criteria[1].id", Valid() with { Criteria = [new("price", false), new(new string('x', FieldRules.MaxIdLength + 1))] } },
        { "alternatives", Valid() with { Alternatives = [] } },
        { "alternatives[1].id", Valid() with { Alternatives = [Valid().Alternatives[0], Valid().Alternatives[0]] } },
        { "alternatives[0]", Valid() with { Alternatives = [null!, Valid().Alternatives[1]] } },
        { "alternatives[0].scores", Valid() with { Alternatives = [new("a", null!)] } },
        { "alternatives[0].scores.localization", Valid() with { Alternatives = [new("a", new Dictionary<string, double> { ["price"] = 1 })] } },
        { "alternatives[0].scores.nope", Valid() with { Alternatives = [new("a", new Dictionary<string, double> { ["price"] = 1, ["localization"] = 1, ["nope"] = 1 })] } },
        { "alternatives[0].scores.price", Valid() with { Alternatives = [new("a", new Dictionary<string, double> { ["price"] = double.PositiveInfinity, ["localization"] = 1 })] } },
        { "alternatives[0].scores.price", Valid() with { Method = McdaMethod.Ahp, Alternatives = [new("a", new Dictionary<string, double> { ["price"] = 0, ["localization"] = 1 })] } },
        { "alternatives[1].uncertainty.price", Valid() with { Alternatives = [Valid().Alternatives[0], Valid().Alternatives[1] with { Uncertainty = new Dictionary<string, double> { ["price"] = -1 } }] } },
        { "alternatives[1].uncertainty.nope", Valid() with { Alternatives = [Valid().Alternatives[0], Valid().Alternatives[1] with { Uncertainty = new Dictionary<string, double> { ["nope"] = 1 } }] } },
        { "weights.price", Valid() with { Weights = new Dictionary<string, double> { ["price"] = -0.5 } } },
        { "weights.nope", Valid() with { Weights = new Dictionary<string, double> { ["nope"] = 1 } } },
        { "samples", Valid() with { Samples = DecisionEngine.MaxSamples + 1 } },
        { "samples", Valid() with { Samples = -1 } },
        { "vikorV", Valid() with { VikorV = 1.5 } },
        { "vikorV", Valid() with { VikorV = double.NaN } },
        { "preferenceFunctions.price", Valid() with { PreferenceFunctions = new Dictionary<string, PreferenceFunction> { ["price"] = new(PreferenceFunctionKind.Linear, Q: 3, P: 1) } } },
        { "preferenceFunctions.price", Valid() with { PreferenceFunctions = new Dictionary<string, PreferenceFunction> { ["price"] = null! } } },
        { "preferenceFunctions.nope", Valid() with { PreferenceFunctions = new Dictionary<string, PreferenceFunction> { ["nope"] = PreferenceFunction.Usual } } },
        { "objectiveWeights", Valid() with { ObjectiveWeights = ObjectiveWeighting.Entropy } },
        { "pairwise", Valid() with { PairwiseMatrix = [[1.0, 3], [1.0 / 3, 1]] } },
        { "pairwise", Valid() with { Weights = null, PairwiseMatrix = [[1.0, 3], [2, 1]] } },
        { "pairwise", Valid() with { Weights = null, PairwiseMatrix = [[1.0]] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_problem_names_its_field_and_the_engine_refuses_it_saying_so(string field, DecisionRequest request)
    {
        var problems = DecisionRequestRules.Validate(request);

        problems.Select(p => p.Field).ShouldContain(field);
        problems.ShouldAllBe(p => p.Message.EndsWith('.'));
        Should.Throw<DecisionInputException>(() => DecisionEngine.Analyze(request)).Message.ShouldContain(field + ": ", Case.Sensitive);
    }

    [Fact]
    public void A_monte_carlo_over_the_work_budget_is_a_problem_on_samples_with_the_largest_sample_count_that_fits()
    {
        var criteria = Enumerable.Range(0, DecisionEngine.MaxCriteria).Select(j => $"c{j}").ToArray();
        var rows = Enumerable.Range(0, DecisionEngine.MaxAlternatives).Select(i => criteria.Select((_, j) => (double)(i + j)).ToArray()).ToArray();
        var sd = rows.Select(row => row.Select(_ => 1.0).ToArray()).ToArray();

        var problem = DecisionRequestRules.Validate(Problems.Table(criteria, rows, uncertainty: sd, samples: DecisionEngine.MaxSamples)).ShouldHaveSingleItem();

        problem.Field.ShouldBe("samples");
        problem.Message.ShouldContain("use at most 1,000 samples");
    }

    [Fact]
    public void Without_criteria_nothing_else_is_read_against_them()
    {
        var problems = DecisionRequestRules.Validate(Valid() with { Criteria = [], Weights = new Dictionary<string, double> { ["nope"] = 1 } });

        problems.ShouldBe([new FieldProblem("criteria", DecisionRequestRules.NoCriteria)]);
    }

    [Fact]
    public void A_criterion_decided_by_alternative_comparisons_needs_no_score()
    {
        var request = Valid() with
        {
            Method = McdaMethod.Ahp,
            Weights = null,
            Alternatives = [new("a", new Dictionary<string, double> { ["price"] = 100 }), new("b", new Dictionary<string, double> { ["price"] = 150 })],
            AlternativeComparisons = new Dictionary<string, IReadOnlyList<IReadOnlyList<double>>> { ["localization"] = [[1.0, 2], [0.5, 1]] },
        };

        DecisionRequestRules.Validate(request).ShouldBeEmpty();
    }

    [Fact]
    public void Vikor_v_is_one_rule_for_the_engine_and_its_callers()
    {
        Vikor.VProblem(Vikor.MinV).ShouldBeNull();
        Vikor.VProblem(Vikor.MaxV).ShouldBeNull();
        Vikor.VProblem(-0.1).ShouldBe("v is a number between 0 and 1 (0.5: consensus; above: majority rule; below: veto).");
        Should.Throw<DecisionInputException>(() => Vikor.CheckV(2)).Message.ShouldBe("vikorV: " + Vikor.VProblem(2));
    }
}
