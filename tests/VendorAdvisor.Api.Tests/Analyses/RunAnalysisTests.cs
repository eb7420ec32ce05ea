using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Analyses;

[Collection(ApiTests.Name)]
public sealed class RunAnalysisTests(ApiFixture api)
{
    public static TheoryData<string> Methods => new() { "weighted-sum", "topsis", "ahp" };

    /// J. Papathanasiou and N. Ploskas, "TOPSIS", in Multiple Criteria Decision Aid, Springer, 2018, pp. 1-30 (the
    /// example the domain tests reproduce): six alternatives, four benefit criteria, weights 0.4, 0.3, 0.1, 0.2; relative
    /// closeness 0.387, 0.327, 0.391, 0.615, 0.868, 0.493.
    [Fact]
    public async Task Topsis_reproduces_the_Papathanasiou_Ploskas_example_through_the_api()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        double[][] rows = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]];
        var body = AnalysisHttp.Matrix(
            [("C1", true), ("C2", true), ("C3", true), ("C4", true)],
            [.. rows.Select((row, i) => ($"A{i + 1}", row))],
            [0.4, 0.3, 0.1, 0.2], "topsis");

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        double[] published = [0.387, 0.327, 0.391, 0.615, 0.868, 0.493];
        for (var i = 0; i < published.Length; i++)
        {
            Math.Round(analysis.Score($"A{i + 1}"), 3).ShouldBe(published[i]);
        }

        analysis.Order().ShouldBe(["A5", "A4", "A6", "A3", "A1", "A2"]);
        analysis.Ranking().Select(entry => (int)entry!["rank"]!).ShouldBe([1, 2, 3, 4, 5, 6]);
        ((string)analysis["method"]!).ShouldBe("topsis");
        ((string)analysis["normalisation"]!["kind"]!).ShouldBe("vector");
        ((string)analysis["sensitivity"]!["winner"]!).ShouldBe("A5");
        analysis.Weight("C1").ShouldBe(0.4, 1e-12);
        ((string)analysis["weightsSource"]!).ShouldBe("explicit");
        analysis.ContainsKey("uncertainty").ShouldBeFalse();
    }

    /// Wikipedia, "Analytic hierarchy process – leader example": the criteria matrix gives experience .547, education
    /// .127, charisma .270, age .056 with a consistency ratio of .044.
    [Fact]
    public async Task Pairwise_comparisons_give_the_weights_of_the_published_AHP_leader_example()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix(
            [("experience", true), ("education", true), ("charisma", true), ("age", true)],
            [("Tom", [10, 3, 9, 5]), ("Dick", [30, 1, 4, 9]), ("Harry", [5, 9, 1, 1])], method: "ahp");
        body["pairwise"] = JsonNode.Parse("[[1, 4, 3, 7], [0.25, 1, 0.3333333333333333, 3], [0.3333333333333333, 3, 1, 5], [0.14285714285714285, 0.3333333333333333, 0.2, 1]]");

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Weight("experience").ShouldBe(0.547, 0.001);
        Math.Round(analysis.Weight("education"), 3).ShouldBe(0.127);
        Math.Round(analysis.Weight("charisma"), 3).ShouldBe(0.270);
        Math.Round(analysis.Weight("age"), 3).ShouldBe(0.056);
        ((string)analysis["weightsSource"]!).ShouldBe("ahp-pairwise");
        Math.Round((double)analysis["ahp"]!["consistencyRatio"]!, 3).ShouldBe(0.044);
        ((bool)analysis["ahp"]!["consistent"]!).ShouldBeTrue();
        ((string)analysis["normalisation"]!["kind"]!).ShouldBe("sum");
        // Ratings mode: each criterion's local priorities are the values over their column sum.
        var experience = 0.547 * 30 / 45;
        analysis.Entry("Dick")["contributions"]!["experience"]!.GetValue<double>().ShouldBe(experience, 0.001);
    }

    [Fact]
    public async Task A_consultant_can_rank_an_on_premises_option_next_to_the_vendors()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        // Min-max: price 90..150 (cost), localization 8..10 (benefit), equal weights.
        var body = AnalysisHttp.Matrix(
            [("monthly-price", false), ("localization", true)],
            [("alibaba-cloud", [100, 9]), ("huawei-cloud", [90, 8]), ("tencent-cloud", [95, 9.5]), ("on-premises", [150, 10])],
            [1, 1]);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Score("tencent-cloud").ShouldBe((0.5 * 55 / 60) + (0.5 * 0.75), 1e-12);
        analysis.Score("alibaba-cloud").ShouldBe((0.5 * 50 / 60) + (0.5 * 0.5), 1e-12);
        analysis.Score("huawei-cloud").ShouldBe(0.5, 1e-12);
        analysis.Score("on-premises").ShouldBe(0.5, 1e-12);
        // Huawei and on-premises tie; the tie goes to the better value on the first of the equally weighted criteria: price.
        analysis.Order().ShouldBe(["tencent-cloud", "alibaba-cloud", "huawei-cloud", "on-premises"]);
        analysis.Entry("on-premises")["contributions"]!["monthly-price"]!.GetValue<double>().ShouldBe(0);
        analysis.Entry("on-premises")["contributions"]!["localization"]!.GetValue<double>().ShouldBe(0.5, 1e-12);
        ((string)analysis["method"]!).ShouldBe("weighted-sum");
        ((string)analysis["normalisation"]!["kind"]!).ShouldBe("min-max");
        analysis["sensitivity"]!["removals"]!.AsArray().Count.ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Benefit_false_makes_less_better(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        (string, double[])[] alternatives = [("cheap", [100, 5]), ("dear", [400, 5])];

        var asCost = await (await client.PostJsonAsync(AnalysisHttp.Analyses,
            AnalysisHttp.Matrix([("price", false), ("quality", true)], alternatives, [1, 1], method))).ShouldBeOkAsync();
        var asBenefit = await (await client.PostJsonAsync(AnalysisHttp.Analyses,
            AnalysisHttp.Matrix([("price", true), ("quality", true)], alternatives, [1, 1], method))).ShouldBeOkAsync();

        asCost.Order().ShouldBe(["cheap", "dear"]);
        asBenefit.Order().ShouldBe(["dear", "cheap"]);
        asCost.Score("cheap").ShouldBeGreaterThan(asCost.Score("dear"));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_constant_criterion_changes_nothing_and_stays_finite(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("same", true), ("differs", true)], [("A1", [5, 9]), ("A2", [5, 2]), ("A3", [5, 6])], [1, 1], method);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Order().ShouldBe(["A1", "A3", "A2"]);
        analysis.Numbers().ShouldAllBe(x => double.IsFinite(x));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_single_alternative_ranks_first_with_certainty(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("c1", true), ("c2", false)], [("only", [3, 4])], [1, 2], method);
        body["alternatives"]![0]!["uncertainty"] = new JsonObject { ["c1"] = 1.0, ["c2"] = 0.5 };
        body["samples"] = 300;

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        var entry = analysis.Ranking().ShouldHaveSingleItem()!.AsObject();
        ((int)entry["rank"]!).ShouldBe(1);
        ((double)entry["probabilityFirst"]!).ShouldBe(1);
        analysis["sensitivity"]!["removals"]!.AsArray().ShouldBeEmpty();
        analysis.Numbers().ShouldAllBe(x => double.IsFinite(x));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task All_zero_weights_become_equal_weights_with_a_warning(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("c1", true), ("c2", true)], [("A1", [3, 4]), ("A2", [5, 1])], [0, 0], method);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Weight("c1").ShouldBe(0.5);
        analysis.Weight("c2").ShouldBe(0.5);
        analysis["warnings"]!.AsArray().Select(w => (string)w!).ShouldContain(w => w.Contains("all weights are zero", StringComparison.Ordinal));
        analysis.Numbers().ShouldAllBe(x => double.IsFinite(x));
    }

    [Fact]
    public async Task Without_weights_the_criteria_weigh_the_same()
    {
        var (_, client) = await api.TenantClientAsync("auditor");
        var body = AnalysisHttp.Matrix([("a", true), ("b", true), ("c", false), ("d", true)], [("x", [1, 2, 3, 4]), ("y", [4, 3, 2, 1])]);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis["weights"]!.AsObject().Select(pair => (double)pair.Value!).ShouldAllBe(w => w == 0.25);
        ((string)analysis["weightsSource"]!).ShouldStartWith("equal");
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Prices_in_the_billions_rank_as_the_same_prices_in_thousands(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        (string, bool)[] criteria = [("price", false), ("latency", false), ("localization", true)];
        double[] weights = [0.5, 0.2, 0.3];

        var small = await (await client.PostJsonAsync(AnalysisHttp.Analyses, AnalysisHttp.Matrix(criteria,
            [("alibaba-cloud", [1.82, 28, 9.5]), ("huawei-cloud", [1.715, 31, 9]), ("on-premises", [2.4, 12, 10])], weights, method))).ShouldBeOkAsync();
        var large = await (await client.PostJsonAsync(AnalysisHttp.Analyses, AnalysisHttp.Matrix(criteria,
            [("alibaba-cloud", [1.82e9, 28, 9.5]), ("huawei-cloud", [1.715e9, 31, 9]), ("on-premises", [2.4e9, 12, 10])], weights, method))).ShouldBeOkAsync();

        large.Order().ShouldBe(small.Order());
        foreach (var id in small.Order())
        {
            large.Score(id).ShouldBe(small.Score(id), 1e-12);
        }
    }

    /// Sums of squares (TOPSIS) and ranges (min-max) of such values overflow or vanish in double precision unless each
    /// criterion is rescaled first; the answer must be the one for ordinary magnitudes, and never NaN.
    [Theory]
    [InlineData("topsis", 1e200)]
    [InlineData("topsis", 1e-200)]
    [InlineData("weighted-sum", 1.7e308)]
    [InlineData("ahp", 1e300)]
    [InlineData("ahp", 1e-300)]
    public async Task Extreme_magnitudes_give_the_same_answer_as_ordinary_ones(string method, double factor)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        (string, bool)[] criteria = [("x", true), ("y", false)];
        (string, double[])[] ordinary = [("a", [1, 2]), ("b", [0.5, 3]), ("c", [0.75, 1])];
        var scaled = ordinary.Select(a => (a.Item1, new[] { a.Item2[0] * factor, a.Item2[1] })).ToArray();
        if (method == "weighted-sum")
        {
            // Signed values spanning the double range: max - min overflows without rescaling.
            scaled[0].Item2[0] = -factor;
            ordinary[0].Item2[0] = -1;
        }

        var expected = await (await client.PostJsonAsync(AnalysisHttp.Analyses, AnalysisHttp.Matrix(criteria, ordinary, [2, 1], method))).ShouldBeOkAsync();
        var actual = await (await client.PostJsonAsync(AnalysisHttp.Analyses, AnalysisHttp.Matrix(criteria, scaled, [2, 1], method))).ShouldBeOkAsync();

        actual.Order().ShouldBe(expected.Order());
        foreach (var id in expected.Order())
        {
            actual.Score(id).ShouldBe(expected.Score(id), 1e-9);
        }
    }

    [Fact]
    public async Task Weights_of_any_magnitude_are_rescaled_to_sum_to_one()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("a", true), ("b", true)], [("x", [1, 2]), ("y", [2, 1])], [1.5e308, 0.5e308]);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Weight("a").ShouldBe(0.75, 1e-12);
        analysis.Weight("b").ShouldBe(0.25, 1e-12);
        analysis.Order().ShouldBe(["y", "x"]);
    }

    private static JsonObject Uncertain(string method, long? seed)
    {
        var body = AnalysisHttp.Matrix(
            [("monthly-price", false), ("localization", true)],
            [("alibaba-cloud", [182_000, 9.5]), ("tencent-cloud", [176_800, 9.2]), ("on-premises", [175_000, 9.0])],
            [0.6, 0.4], method);
        body["alternatives"]![2]!["uncertainty"] = new JsonObject { ["monthly-price"] = 30_000.0, ["localization"] = 0.5 };
        body["alternatives"]![0]!["uncertainty"] = new JsonObject { ["localization"] = 0.3 };
        body["samples"] = 4_000;
        if (seed is not null)
        {
            body["seed"] = seed;
        }

        return body;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Uncertainty_gives_rank_probabilities_that_sum_to_one(string method)
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Uncertain(method, 7))).ShouldBeOkAsync();

        var ranking = analysis.Ranking().Select(entry => entry!.AsObject()).ToList();
        var rows = ranking.Select(entry => entry["rankProbabilities"]!.AsArray().Select(p => (double)p!).ToArray()).ToList();
        rows.ShouldAllBe(row => row.Length == 3 && Math.Abs(row.Sum() - 1) < 1e-12 && row.All(p => p >= 0 && p <= 1));
        for (var rank = 0; rank < 3; rank++)
        {
            rows.Sum(row => row[rank]).ShouldBe(1, 1e-12);
        }

        ranking.ShouldAllBe(entry => (double)entry["probabilityFirst"]! == (double)entry["rankProbabilities"]![0]!);
        // On-premises is uncertain enough that no one is first in every sample.
        ranking.ShouldAllBe(entry => (double)entry["probabilityFirst"]! < 1);
        ((int)analysis["uncertainty"]!["samples"]!).ShouldBe(4_000);
        ((long)analysis["uncertainty"]!["seed"]!).ShouldBe(7);
        ((string)analysis["uncertainty"]!["clamping"]!).ShouldBe(method == "ahp"
            ? "samples clamped below at 0 for benefit criteria and, for cost criteria, at 1e-9 times the power of two at or below the criterion's smallest value (monthly-price 0.000131), because the distributive normalisation needs non-negative values and positive costs; not clamped above"
            : "samples are not clamped");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_answer_to_the_last_digit_and_another_seed_does_not()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var first = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Uncertain("topsis", 20240930))).Content.ReadAsStringAsync();
        var second = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Uncertain("topsis", 20240930))).Content.ReadAsStringAsync();
        var defaulted = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Uncertain("topsis", null))).Content.ReadAsStringAsync();
        var other = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Uncertain("topsis", 1))).Content.ReadAsStringAsync();

        first.ShouldContain("rankProbabilities");
        second.ShouldBe(first);
        defaulted.ShouldBe(first, "20240930 is the documented default seed");
        other.ShouldNotBe(first);
    }

    [Fact]
    public async Task Samples_and_seed_without_uncertainty_are_ignored_with_a_warning()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("a", true)], [("x", [1]), ("y", [2])]);
        body["samples"] = 500;
        body["seed"] = 3;

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.ContainsKey("uncertainty").ShouldBeFalse();
        analysis.Ranking().ShouldAllBe(entry => !entry!.AsObject().ContainsKey("rankProbabilities"));
        analysis["warnings"]!.AsArray().Select(w => (string)w!).ShouldContain(w => w.Contains("samples and seed were ignored", StringComparison.Ordinal));
    }

    private const string Valid = """
        {
          "criteria": [{ "id": "price", "benefit": false }, { "id": "localization", "benefit": true }],
          "alternatives": [
            { "id": "alibaba-cloud", "scores": { "price": 100, "localization": 9 } },
            { "id": "on-premises", "scores": { "price": 150, "localization": 10 } }
          ]
        }
        """;

    [Fact]
    public async Task The_valid_base_request_of_the_validation_cases_is_accepted()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        await (await client.PostJsonAsync(AnalysisHttp.Analyses, Valid)).ShouldBeOkAsync();
    }

    private static string Long(int length) => new('x', length);

    /// Each case changes the valid base request in one way; the answer names the field.
    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { "criteria", "[]", "criteria" },
        { "criteria", "null", "criteria" },
        { "criteria", "[{ \"id\": \"price\", \"benefit\": false }, { \"id\": \"price\", \"benefit\": true }]", "criteria[1].id" },
        { "criteria", "[{ \"id\": \"\", \"benefit\": false }, { \"id\": \"localization\", \"benefit\": true }]", "criteria[0].id" },
        { "criteria", $"[{{ \"id\": \"price\", \"benefit\": false }}, {{ \"id\": \"{Long(101)}\", \"benefit\": true }}]", "criteria[1].id" },
        { "criteria", "[{ \"id\": \"price\" }, { \"id\": \"localization\", \"benefit\": true }]", "criteria[0].benefit" },
        { "criteria", "[null, { \"id\": \"localization\", \"benefit\": true }]", "criteria[0]" },
        { "criteria", "[" + string.Join(", ", Enumerable.Range(0, 51).Select(i => $"{{ \"id\": \"c{i}\", \"benefit\": true }}")) + "]", "criteria" },
        { "alternatives", "[]", "alternatives" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": { \"price\": 1, \"localization\": 1 } }, { \"id\": \"a\", \"scores\": { \"price\": 2, \"localization\": 2 } }]", "alternatives[1].id" },
        { "alternatives", "[{ \"id\": \"   \", \"scores\": { \"price\": 1, \"localization\": 1 } }]", "alternatives[0].id" },
        { "alternatives", $"[{{ \"id\": \"{Long(101)}\", \"scores\": {{ \"price\": 1, \"localization\": 1 }} }}]", "alternatives[0].id" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": { \"price\": 1 } }]", "alternatives[0].scores.localization" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": null }]", "alternatives[0].scores" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": { \"price\": 1, \"localization\": 1, \"nope\": 3 } }]", "alternatives[0].scores.nope" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": { \"price\": 1, \"localization\": 1 }, \"uncertainty\": { \"price\": -1 } }]", "alternatives[0].uncertainty.price" },
        { "alternatives", "[{ \"id\": \"a\", \"scores\": { \"price\": 1, \"localization\": 1 }, \"uncertainty\": { \"nope\": 1 } }]", "alternatives[0].uncertainty.nope" },
        { "alternatives", "[null]", "alternatives[0]" },
        { "alternatives", "[" + string.Join(", ", Enumerable.Range(0, 201).Select(i => $"{{ \"id\": \"a{i}\", \"scores\": {{ \"price\": 1, \"localization\": 1 }} }}")) + "]", "alternatives" },
        { "weights", "{ \"price\": -0.5, \"localization\": 1 }", "weights.price" },
        { "weights", "{ \"price\": 1, \"nope\": 1 }", "weights.nope" },
        { "pairwise", "[[1, 3], [2, 1]]", "pairwise" },
        { "pairwise", "[[1, 3], [0.3333, 1], [1, 1]]", "pairwise" },
        { "pairwise", "[[1, -3], [-0.3333, 1]]", "pairwise" },
        { "pairwise", "[[1, 3], [0.3333]]", "pairwise" },
        { "samples", "100001", "samples" },
        { "samples", "-1", "samples" },
        { "seed", "-1", "seed" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_400_naming_the_field(string property, string value, string field)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse(Valid)!.AsObject();
        body[property] = JsonNode.Parse(value);

        var response = await client.PostJsonAsync(AnalysisHttp.Analyses, body.ToJsonString());

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldContain(field, problem.ToJsonString());
    }

    [Fact]
    public async Task A_monte_carlo_over_the_engines_work_budget_is_400_on_samples_naming_the_budget()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var criteria = Enumerable.Range(0, 50).Select(j => ($"c{j}", true)).ToArray();
        var alternatives = Enumerable.Range(0, 200).Select(i => ($"a{i}", criteria.Select((_, j) => (double)((i * 7) + j) % 11).ToArray())).ToArray();
        var body = AnalysisHttp.Matrix(criteria, alternatives);
        body["alternatives"]![0]!["uncertainty"] = new JsonObject { ["c0"] = 1.0 };
        body["samples"] = 100_000;

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldBe(["samples"]);
        problem.ToJsonString().ShouldContain("budget of 50,000,000");
        problem.ToJsonString().ShouldContain("use at most 1,000 samples");
    }

    [Fact]
    public async Task Weights_and_pairwise_together_are_refused()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["weights"] = new JsonObject { ["price"] = 1.0 };
        body["pairwise"] = JsonNode.Parse("[[1, 3], [0.3333333333333333, 1]]");

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldBe(["pairwise"]);
        problem.ToJsonString().ShouldContain("not both");
    }

    [Fact]
    public async Task The_ahp_method_refuses_a_cost_of_zero_naming_the_score()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["method"] = "ahp";
        body["alternatives"]![0]!["scores"]!["price"] = 0;

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldBe(["alternatives[0].scores.price"]);
        problem.ToJsonString().ShouldContain("cost must be positive");
    }

    [Fact]
    public async Task An_unknown_method_is_400_listing_the_valid_ones()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["method"] = "electre";

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ToJsonString().ShouldContain("weighted-sum, topsis, ahp");
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    public async Task A_number_that_is_not_finite_is_400(string number)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = Valid.Replace("\"price\": 100", $"\"price\": {number}", StringComparison.Ordinal);

        await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Every_error_is_reported_at_once()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = """
            {
              "criteria": [{ "id": "price", "benefit": false }, { "id": "price" }],
              "alternatives": [{ "id": "a", "scores": { "nope": 1 } }],
              "weights": { "price": -1 },
              "samples": 0
            }
            """;

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldBe(
            ["criteria[1].benefit", "criteria[1].id", "alternatives[0].scores.price", "alternatives[0].scores.nope", "weights.price"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Without_a_key_it_is_401()
    {
        var response = await api.Anonymous().PostJsonAsync(AnalysisHttp.Analyses, Valid);

        await response.ShouldBeProblemAsync(401);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    public async Task Every_tenant_role_may_run_an_analysis(string role)
    {
        var (_, client) = await api.TenantClientAsync(role);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, Valid)).ShouldBeOkAsync();

        analysis.Order().ShouldBe(["alibaba-cloud", "on-premises"]);
    }
}
