using System.Text.Json;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class DecisionEngineJsonTests
{
    [Fact]
    public void A_generic_request_reads_from_the_json_the_api_receives()
    {
        const string json = """
            {
              "criteria": [ { "id": "cost", "benefit": false }, { "id": "quality" } ],
              "alternatives": [
                { "id": "a", "scores": { "cost": 300, "quality": 7 }, "uncertainty": { "cost": 20, "quality": 1 } },
                { "id": "b", "scores": { "cost": 250, "quality": 5 } }
              ],
              "weights": { "cost": 2, "quality": 3 },
              "method": "topsis",
              "samples": 1000,
              "seed": 42
            }
            """;

        var request = JsonSerializer.Deserialize<DecisionRequest>(json, DomainJson.Options)!;
        var analysis = DecisionEngine.Analyze(request);

        request.Method.ShouldBe(McdaMethod.Topsis);
        request.Criteria[1].Benefit.ShouldBeTrue();
        analysis.Weights.Select(w => w.Weight).ShouldBe([0.4, 0.6]);
        analysis.Uncertainty!.Seed.ShouldBe(42UL);
        analysis.Ranking.Sum(r => r.ProbabilityFirst!.Value).ShouldBe(1, 1e-12);
        var output = JsonSerializer.Serialize(analysis, DomainJson.Options);
        output.ShouldContain("\"kind\":\"vector\"");
        output.ShouldContain("\"weightsSource\":\"explicit\"");
    }

    [Fact]
    public void A_fixed_scale_normalisation_reads_from_json()
    {
        var normalisation = JsonSerializer.Deserialize<Normalisation>("""{ "kind": "fixed-scale", "scaleMin": 0, "scaleMax": 10 }""", DomainJson.Options)!;

        normalisation.ShouldBe(Normalisation.Catalog);
    }
}
