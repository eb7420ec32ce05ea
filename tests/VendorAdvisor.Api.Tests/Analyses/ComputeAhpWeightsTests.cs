using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Analyses;

[Collection(ApiTests.Name)]
public sealed class ComputeAhpWeightsTests(ApiFixture api)
{
    /// Wikipedia, "Analytic hierarchy process – leader example" (the matrix the domain tests use): experience .547,
    /// education .127, charisma .270, age .056, consistency ratio .044.
    private const string Leader = """
        {
          "criteria": ["experience", "education", "charisma", "age"],
          "matrix": [
            [1, 4, 3, 7],
            [0.25, 1, 0.3333333333333333, 3],
            [0.3333333333333333, 3, 1, 5],
            [0.14285714285714285, 0.3333333333333333, 0.2, 1]
          ]
        }
        """;

    [Fact]
    public async Task Reproduces_the_published_leader_example()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var result = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, Leader)).ShouldBeOkAsync();

        var weights = result["weights"]!.AsObject();
        weights.Select(pair => pair.Key).ShouldBe(["experience", "education", "charisma", "age"]);
        ((double)weights["experience"]!).ShouldBe(0.547, 0.001);
        Math.Round((double)weights["education"]!, 3).ShouldBe(0.127);
        Math.Round((double)weights["charisma"]!, 3).ShouldBe(0.270);
        Math.Round((double)weights["age"]!, 3).ShouldBe(0.056);
        weights.Sum(pair => (double)pair.Value!).ShouldBe(1, 1e-12);
        Math.Round((double)result["consistencyRatio"]!, 3).ShouldBe(0.044);
        ((double)result["randomIndex"]!).ShouldBe(0.90);
        ((double)result["consistencyIndex"]!).ShouldBe(((double)result["lambdaMax"]! - 4) / 3, 1e-12);
        ((double)result["consistencyThreshold"]!).ShouldBe(0.1);
        ((bool)result["consistent"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task A_perfectly_consistent_matrix_gives_its_ratios_lambda_n_and_ratio_zero()
    {
        var (_, client) = await api.TenantClientAsync("auditor");
        double[] w = [0.5, 0.3, 0.2];
        var body = new JsonObject
        {
            ["criteria"] = new JsonArray("a", "b", "c"),
            ["matrix"] = new JsonArray([.. w.Select(wi => new JsonArray([.. w.Select(wj => (JsonNode?)(wi / wj))]))]),
        };

        var result = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, body)).ShouldBeOkAsync();

        ((double)result["weights"]!["a"]!).ShouldBe(0.5, 1e-12);
        ((double)result["weights"]!["b"]!).ShouldBe(0.3, 1e-12);
        ((double)result["weights"]!["c"]!).ShouldBe(0.2, 1e-12);
        ((double)result["lambdaMax"]!).ShouldBe(3, 1e-12);
        ((double)result["consistencyRatio"]!).ShouldBe(0, 1e-12);
        ((bool)result["consistent"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task Intransitive_judgements_are_reported_as_inconsistent_but_still_weighted()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        // A beats B strongly, B beats C strongly, yet C beats A strongly.
        var body = """
            {
              "criteria": ["a", "b", "c"],
              "matrix": [[1, 9, 0.1111111111111111], [0.1111111111111111, 1, 9], [9, 0.1111111111111111, 1]]
            }
            """;

        var result = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, body)).ShouldBeOkAsync();

        ((double)result["consistencyRatio"]!).ShouldBeGreaterThan(0.1);
        ((bool)result["consistent"]!).ShouldBeFalse();
        result["weights"]!.AsObject().Sum(pair => (double)pair.Value!).ShouldBe(1, 1e-12);
    }

    [Fact]
    public async Task Inconsistent_pairwise_weights_in_an_analysis_come_with_a_warning()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("a", true), ("b", true), ("c", true)], [("x", [1, 2, 3]), ("y", [3, 2, 1])]);
        body["pairwise"] = JsonNode.Parse("[[1, 9, 0.1111111111111111], [0.1111111111111111, 1, 9], [9, 0.1111111111111111, 1]]");

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        ((bool)analysis["ahp"]!["consistent"]!).ShouldBeFalse();
        analysis["warnings"]!.AsArray().Select(w => (string)w!).ShouldContain(w => w.Contains("inconsistent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_criterion_weighs_one()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var result = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, """{ "criteria": ["only"], "matrix": [[1]] }""")).ShouldBeOkAsync();

        ((double)result["weights"]!["only"]!).ShouldBe(1);
        ((bool)result["consistent"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task Judgements_typed_to_three_decimals_pass_as_reciprocal()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var result = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, """{ "criteria": ["a", "b"], "matrix": [[1, 3], [0.333, 1]] }""")).ShouldBeOkAsync();

        ((double)result["weights"]!["a"]!).ShouldBe(0.75, 0.01);
    }

    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { """{ "criteria": [], "matrix": [] }""", "criteria", "at least one" },
        { """{ "criteria": ["a", "a"], "matrix": [[1, 2], [0.5, 1]] }""", "criteria[1]", "more than once" },
        { """{ "criteria": ["a", ""], "matrix": [[1, 2], [0.5, 1]] }""", "criteria[1]", "non-empty" },
        { $$"""{ "criteria": ["a", "{{new string('x', 101)}}"], "matrix": [[1, 2], [0.5, 1]] }""", "criteria[1]", "at most 100" },
        { """{ "criteria": ["a", "b"], "matrix": [[1, 2], [2, 1]] }""", "matrix", "not reciprocal" },
        { """{ "criteria": ["a", "b"], "matrix": [[1, 0], [0, 1]] }""", "matrix", "positive" },
        { """{ "criteria": ["a", "b"], "matrix": [[1, -2], [-0.5, 1]] }""", "matrix", "positive" },
        { """{ "criteria": ["a", "b"], "matrix": [[2, 2], [0.5, 1]] }""", "matrix", "Diagonal" },
        { """{ "criteria": ["a", "b", "c"], "matrix": [[1, 2], [0.5, 1]] }""", "matrix", "3x3" },
        { """{ "criteria": ["a", "b"], "matrix": [[1, 2], [0.5]] }""", "matrix", "Row 1" },
        { """{ "criteria": ["a", "b"], "matrix": null }""", "matrix", "must not be null" },
        { """{ "criteria": ["a", "b"] }""", "matrix", "2x2" },
        {
            "{ \"criteria\": [" + string.Join(", ", Enumerable.Range(0, 51).Select(i => $"\"c{i}\"")) + "], \"matrix\": [] }",
            "criteria", "At most 50"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_input_is_400_naming_the_field_and_why(string body, string field, string reason)
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var problem = await (await client.PostJsonAsync(AnalysisHttp.AhpWeights, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldContain(field, problem.ToJsonString());
        problem.ToJsonString().ShouldContain(reason, Case.Sensitive);
    }

    [Fact]
    public async Task Without_a_key_it_is_401()
    {
        await (await api.Anonymous().PostJsonAsync(AnalysisHttp.AhpWeights, Leader)).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task Entries_too_extreme_for_double_precision_are_400_not_500()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = """{ "criteria": ["a", "b", "c"], "matrix": [[1, 1e308, 1e308], [1e-308, 1, 1e308], [1e-308, 1e-308, 1]] }""";

        var response = await client.PostJsonAsync(AnalysisHttp.AhpWeights, body);

        ((int)response.StatusCode).ShouldBeOneOf(200, 400);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("NaN");
        JsonNode.Parse(text).ShouldNotBeNull();
    }
}
