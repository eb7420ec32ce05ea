using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// <summary>VIKOR, PROMETHEE II and objective weights through the engine and the advisor: same published figures,
/// plus the agreement table every analysis and recommendation carries.</summary>
public sealed class MethodIntegrationTests
{
    /// <summary>Opricovic &amp; Tzeng (2004), Tables 1-3 (see VikorTests): through the engine the score is 1 - Q.</summary>
    [Fact]
    public void The_engine_ranks_by_vikor_and_reports_its_measures()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["risk", "altitude"], [[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5],
            benefit: [false, true], method: McdaMethod.Vikor));

        analysis.Order()[0].ShouldBe("A2");
        analysis.Score("A2").ShouldBe(1, 1e-12);
        analysis.Score("A1").ShouldBe(0, 1e-12);
        analysis.Normalisation.Kind.ShouldBe(NormalisationKind.MinMax);
        var vikor = analysis.Vikor!;
        vikor.S["A2"].ShouldBe(0.375, 1e-12);
        vikor.R["A2"].ShouldBe(0.25, 1e-12);
        vikor.Q["A3"].ShouldBe(1, 1e-12);
        vikor.CompromiseSet.ShouldBe(["A2"]);
        analysis.Ranking.Single(r => r.Alternative == "A2").Contributions.Values.Sum().ShouldBe(0.375, 1e-12);
    }

    /// <summary>Brans, Vincke &amp; Mareschal (1986) (see PrometheeTests) through the engine, with values in other units
    /// (construction cost in currency units, not millions): thresholds scale with the values, flows do not change.</summary>
    [Fact]
    public void The_engine_ranks_by_promethee_with_thresholds_in_the_criteria_units()
    {
        string[] criteria = ["manpower", "power", "construction", "maintenance", "villages", "safety"];
        var request = Problems.Table(criteria,
            [[80, 90, 600e6, 54, 8, 5], [65, 58, 200e6, 97, 1, 1], [83, 60, 400e6, 72, 4, 7], [40, 80, 1000e6, 75, 7, 10], [52, 72, 600e6, 20, 3, 8], [94, 96, 700e6, 36, 5, 6]],
            [1, 1, 1, 1, 1, 1], benefit: [false, true, false, false, false, true], method: McdaMethod.PrometheeII) with
        {
            PreferenceFunctions = new Dictionary<string, PreferenceFunction>
            {
                ["manpower"] = new(PreferenceFunctionKind.UShape, Q: 10),
                ["power"] = new(PreferenceFunctionKind.VShape, P: 30),
                ["construction"] = new(PreferenceFunctionKind.Linear, Q: 50e6, P: 500e6),
                ["maintenance"] = new(PreferenceFunctionKind.Level, Q: 10, P: 60),
                ["safety"] = new(PreferenceFunctionKind.Gaussian, S: 5),
            },
        };

        var analysis = DecisionEngine.Analyze(request);

        analysis.Order().ShouldBe(["A5", "A2", "A4", "A6", "A3", "A1"]);
        // Published plain-sum net flows divided by m - 1 = 5 (tolerance as in PrometheeTests).
        analysis.Score("A5").ShouldBe(1.466 / 5, 0.0005);
        analysis.Score("A1").ShouldBe(-0.728 / 5, 0.0005);
        analysis.Promethee!.Net["A5"].ShouldBe(analysis.Score("A5"));
        analysis.Promethee.PreferenceFunctions["construction"].P.ShouldBe(500e6);
        analysis.Promethee.PreferenceFunctions["villages"].Kind.ShouldBe(PreferenceFunctionKind.Usual);
    }

    /// <summary>Krishnan et al. (2021), Table 5 (see ObjectiveWeightsTests): CRITIC weights read from the matrix.</summary>
    [Fact]
    public void The_engine_reads_critic_weights_from_the_matrix()
    {
        var request = Problems.Table(["price", "screen", "density", "thickness", "mass"],
            [[649, 4.7, 326, 7.1, 143], [749, 5.5, 401, 7.3, 192], [740, 5.7, 520, 7.6, 171], [400, 5.7, 520, 11.1, 179], [600, 5.5, 538, 8.9, 152]],
            benefit: [false, true, true, false, false]) with
        { ObjectiveWeights = ObjectiveWeighting.Critic };

        var analysis = DecisionEngine.Analyze(request);

        analysis.WeightsSource.ShouldBe("critic");
        analysis.Weights.Select(w => w.Weight).ShouldBe([0.1872, 0.1838, 0.1691, 0.2599, 0.2000], 0.00005);
        analysis.ObjectiveWeights!.Procedure.ShouldContain("Diakoulaki");
        Should.Throw<DecisionInputException>(() => DecisionEngine.Analyze(request with { Weights = new Dictionary<string, double> { ["price"] = 1 } }))
            .Message.ShouldContain("only one of them");
    }

    /// <summary>When one alternative is better on every criterion, every method puts it first and, the others being in
    /// the same order on every criterion too, every rank correlation is 1.</summary>
    [Fact]
    public void Every_method_agrees_on_a_dominant_order()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["a", "b", "c"], [[9, 8, 2], [6, 5, 4], [3, 2, 7]], [0.5, 0.3, 0.2],
            benefit: [true, true, false]));

        var agreement = analysis.Agreement!;
        agreement.Methods.Select(r => r.Method).ShouldBe([McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp, McdaMethod.Vikor, McdaMethod.PrometheeII]);
        agreement.Methods.Single(r => r.Chosen).Method.ShouldBe(McdaMethod.WeightedSum);
        agreement.SameWinnerEverywhere.ShouldBeTrue();
        agreement.Methods.ShouldAllBe(r => r.Winner == "A1" && r.KendallTauB == 1);
        agreement.Correlation.ShouldContain("tau-b");
    }

    /// <summary>Hand computation of a disagreement. Benefit criteria, weights 0.5/0.5, A1 = (10, 0), A2 = (6, 6),
    /// A3 = (0, 10). Weighted sum on min-max values: A1 0.5, A2 0.6, A3 0.5 (A2 wins). PROMETHEE with usual functions:
    /// A1 beats A2 and A3 on a, loses both on b: φ(A1) = (0.5·2 - 0.5·2)/2 = 0, and likewise for A3 and A2: all three 0,
    /// a three-way tie that the tie-break settles on the heaviest criterion, a (equal weights: the first), so A1 wins.
    /// Tau-b with all PROMETHEE scores tied is undefined (null).</summary>
    [Fact]
    public void A_method_that_ties_everyone_is_reported_without_a_correlation()
    {
        var analysis = DecisionEngine.Analyze(Problems.Table(["a", "b"], [[10, 0], [6, 6], [0, 10]], [0.5, 0.5]));

        analysis.Order()[0].ShouldBe("A2");
        var promethee = analysis.Agreement!.Methods.Single(r => r.Method == McdaMethod.PrometheeII);
        promethee.Winner.ShouldBe("A1");
        promethee.SameWinner.ShouldBeFalse();
        promethee.KendallTauB.ShouldBeNull();
        analysis.Agreement.SameWinnerEverywhere.ShouldBeFalse();
    }

    [Theory]
    [InlineData(McdaMethod.Vikor)]
    [InlineData(McdaMethod.PrometheeII)]
    public void The_advisor_recommends_with_the_new_methods_with_sensitivity_and_rank_probabilities(McdaMethod method)
    {
        var options = new AnalysisOptions { Method = method, Samples = 500, Seed = 7 };
        var result = Advisor.Recommend(TestSupport.Seeds.Profile(TestSupport.Seeds.ProfileNames().First()), TestSupport.Seeds.Catalog(), options);
        var again = Advisor.Recommend(TestSupport.Seeds.Profile(TestSupport.Seeds.ProfileNames().First()), TestSupport.Seeds.Catalog(), options);

        result.Ranking.Count.ShouldBe(4);
        result.Ranking.Sum(r => r.ProbabilityFirst!.Value).ShouldBe(1, 1e-9);
        result.Ranking.Select(r => r.Score).ShouldBe(again.Ranking.Select(r => r.Score));
        result.Sensitivity.Weights.Count.ShouldBe(6);
        var chosen = result.Agreement!.Methods.Single(r => r.Chosen);
        chosen.Method.ShouldBe(method);
        chosen.Winner.ShouldBe(result.Ranking[0].Vendor);
        chosen.KendallTauB.ShouldBe(1);
        (method == McdaMethod.Vikor ? result.Vikor is not null : result.Promethee is not null).ShouldBeTrue();
        result.Manifest.Normalisation.ShouldContain(method == McdaMethod.Vikor ? "f*" : "q = 0.5");
    }
}
