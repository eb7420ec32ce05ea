using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Analyses;

/// VIKOR, PROMETHEE II, objective weights, missing values and the agreement table through POST /v1/analyses.
[Collection(ApiTests.Name)]
public sealed class AnalysisMethodsTests(ApiFixture api)
{
    /// Opricovic &amp; Tzeng (2004), EJOR 156(2):445-455, Tables 1-3 (as in the domain tests): S = 0.5, 0.375, 0.5;
    /// R = 0.5, 0.25, 0.5; Q = 1, 0, 1; compromise A2.
    [Fact]
    public async Task Vikor_reproduces_Opricovic_and_Tzeng_through_the_api()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix([("risk", false), ("altitude", true)], [("A1", [1, 3000]), ("A2", [2, 3750]), ("A3", [5, 4500])], [0.5, 0.5], "vikor");

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Order()[0].ShouldBe("A2");
        var vikor = analysis["vikor"]!;
        ((double)vikor["s"]!["A2"]!).ShouldBe(0.375, 1e-12);
        ((double)vikor["r"]!["A1"]!).ShouldBe(0.5, 1e-12);
        ((double)vikor["q"]!["A3"]!).ShouldBe(1, 1e-12);
        ((double)vikor["dq"]!).ShouldBe(0.5);
        ((bool)vikor["acceptableAdvantage"]!).ShouldBeTrue();
        ((bool)vikor["acceptableStability"]!).ShouldBeTrue();
        vikor["compromiseSet"]!.AsArray().Select(x => (string)x!).ShouldBe(["A2"]);
        var agreement = analysis["agreement"]!;
        agreement["methods"]!.AsArray().Select(r => (string)r!["method"]!).ShouldBe(["weighted-sum", "topsis", "ahp", "vikor", "promethee-ii"]);
        ((string)agreement["correlation"]!).ShouldContain("tau-b");
    }

    /// Brans, Vincke &amp; Mareschal (1986), EJOR 24(2):228-238, hydroelectric example: net flows printed as plain sums
    /// a5 +1.466 and a1 -0.728 (divided here by m - 1 = 5); ranking a5 > a2 > a4 > a6 > a3 > a1.
    [Fact]
    public async Task Promethee_reproduces_Brans_Vincke_Mareschal_through_the_api()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix(
            [("manpower", false), ("power", true), ("construction", false), ("maintenance", false), ("villages", false), ("safety", true)],
            [("a1", [80, 90, 600, 54, 8, 5]), ("a2", [65, 58, 200, 97, 1, 1]), ("a3", [83, 60, 400, 72, 4, 7]),
             ("a4", [40, 80, 1000, 75, 7, 10]), ("a5", [52, 72, 600, 20, 3, 8]), ("a6", [94, 96, 700, 36, 5, 6])],
            [1, 1, 1, 1, 1, 1], "promethee-ii");
        body["preferenceFunctions"] = JsonNode.Parse("""
            {
              "manpower": { "kind": "u-shape", "q": 10 },
              "power": { "kind": "v-shape", "p": 30 },
              "construction": { "kind": "linear", "q": 50, "p": 500 },
              "maintenance": { "kind": "level", "q": 10, "p": 60 },
              "safety": { "kind": "gaussian", "s": 5 }
            }
            """);

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        analysis.Order().ShouldBe(["a5", "a2", "a4", "a6", "a3", "a1"]);
        analysis.Score("a5").ShouldBe(1.466 / 5, 0.0005);
        analysis.Score("a1").ShouldBe(-0.728 / 5, 0.0005);
        ((double)analysis["promethee"]!["net"]!["a5"]!).ShouldBe(analysis.Score("a5"));
        ((string)analysis["promethee"]!["preferenceFunctions"]!["villages"]!["kind"]!).ShouldBe("usual");
    }

    /// Krishnan et al. (2021), Symmetry 13(6):973, Table 5, CRITIC: 0.1872, 0.1838, 0.1691, 0.2599, 0.2000.
    [Fact]
    public async Task Critic_weights_are_read_from_the_matrix()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = AnalysisHttp.Matrix(
            [("price", false), ("screen", true), ("density", true), ("thickness", false), ("mass", false)],
            [("A", [649, 4.7, 326, 7.1, 143]), ("B", [749, 5.5, 401, 7.3, 192]), ("C", [740, 5.7, 520, 7.6, 171]),
             ("D", [400, 5.7, 520, 11.1, 179]), ("E", [600, 5.5, 538, 8.9, 152])]);
        body["objectiveWeights"] = "critic";

        var analysis = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeOkAsync();

        ((string)analysis["weightsSource"]!).ShouldBe("critic");
        analysis.Weight("thickness").ShouldBe(0.2599, 0.00005);
        analysis.Weight("density").ShouldBe(0.1691, 0.00005);
        ((string)analysis["objectiveWeights"]!["procedure"]!).ShouldContain("CRITIC");
        analysis["objectiveWeights"]!["information"]!.AsObject().Count.ShouldBe(5);
    }

    [Fact]
    public async Task A_missing_value_is_refused_naming_the_cell_and_nothing_is_imputed()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse("""
            {
              "criteria": [{ "id": "price", "benefit": false }, { "id": "localization", "benefit": true }],
              "alternatives": [
                { "id": "alibaba-cloud", "scores": { "price": 100, "localization": 9 } },
                { "id": "on-premises", "scores": { "localization": 10 } }
              ]
            }
            """)!;

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldBe(["alternatives[1].scores.price"]);
        problem.ErrorReasons().Single().ShouldContain("never reads a missing value as 0");
    }

    [Fact]
    public async Task A_null_value_is_refused_too()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = """
            {
              "criteria": [{ "id": "price", "benefit": false }, { "id": "localization", "benefit": true }],
              "alternatives": [{ "id": "a", "scores": { "price": 100, "localization": 9 } }, { "id": "b", "scores": { "price": null, "localization": 10 } }]
            }
            """;

        await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);
    }

    public static TheoryData<string, string, string> InvalidSettings => new()
    {
        { "vikorV", "1.5", "vikorV" },
        { "preferenceFunctions", "{ \"price\": { \"kind\": \"linear\", \"q\": 3, \"p\": 1 } }", "preferenceFunctions.price" },
        { "preferenceFunctions", "{ \"price\": { \"q\": 1 } }", "preferenceFunctions.price" },
        { "preferenceFunctions", "{ \"nope\": { \"kind\": \"usual\" } }", "preferenceFunctions.nope" },
        { "objectiveWeights", "\"entropy\"", "objectiveWeights" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Invalid_method_settings_are_400_naming_the_field(string property, string value, string field)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse("""
            {
              "criteria": [{ "id": "price", "benefit": false }, { "id": "localization", "benefit": true }],
              "alternatives": [{ "id": "a", "scores": { "price": 100, "localization": 9 } }, { "id": "b", "scores": { "price": 150, "localization": 10 } }],
              "weights": { "price": 1, "localization": 1 }
            }
            """)!.AsObject();
        body[property] = JsonNode.Parse(value);

        var problem = await (await client.PostJsonAsync(AnalysisHttp.Analyses, body)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldContain(field, problem.ToJsonString());
    }
}
