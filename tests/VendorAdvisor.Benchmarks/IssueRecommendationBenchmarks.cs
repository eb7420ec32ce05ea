using System.Text.Json;
using BenchmarkDotNet.Attributes;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Benchmarks;

/// <summary>
/// The CPU work of one POST /v1/profiles/{id}/recommendations with the body scripts/bench-recommendations.sh sends
/// ({"seed":1,"samples":2000}), single-threaded and without PostgreSQL: the engine with readiness and the methods
/// agreement table, the hash that seals the event, the event's JSON for the store and the response's JSON. Issue 9
/// puts the budget for everything beyond PostgreSQL at about 0.5 ms per recommendation.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class IssueRecommendationBenchmarks
{
    private Inputs inputs = null!;
    private RecommendationResult result = null!;
    private RecommendationIssued sealedEvent = null!;

    [GlobalSetup]
    public void Setup()
    {
        inputs = Inputs.Load();
        result = inputs.Recommend();
        sealedEvent = inputs.Issue(result);
    }

    [Benchmark(Description = "Issue: engine, readiness and agreement (4 x 6, 2,000 samples)")]
    public RecommendationResult Engine() => inputs.Recommend();

    [Benchmark(Description = "Issue: the hash that seals the event")]
    public RecommendationIssued Seal() => inputs.Issue(result);

    [Benchmark(Description = "Issue: the event's and the response's JSON")]
    public int Serialise() => Inputs.Serialise(sealedEvent);

    [Benchmark(Description = "Issue: all of the above")]
    public int Whole() => Inputs.Serialise(inputs.Issue(inputs.Recommend()));

    /// <summary>What the endpoint has in hand when it scores: the seeds' catalog and regulations, a seed profile.</summary>
    public sealed record Inputs(VendorCatalog Catalog, RegulationCatalog Regulations, ClientProfile Profile, RecommendationOptions Options)
    {
        public static Inputs Load()
        {
            var seeds = Seeds.Find();
            return new Inputs(
                CatalogJson.Parse(File.ReadAllText(Path.Combine(seeds, "catalog.json"))),
                RegulationCatalogJson.Parse(File.ReadAllText(Path.Combine(seeds, "regulations.json"))),
                JsonSerializer.Deserialize<ClientProfile>(File.ReadAllText(Path.Combine(seeds, "profiles", "mobile-game-studio.json")), DomainJson.Options)!,
                new RecommendationOptions(McdaMethod.WeightedSum, null, null, 2_000, 1));
        }

        public RecommendationResult Recommend() => RegulatedAdvisor.Recommend(Profile, Catalog, Regulations, Options.ToAnalysis());

        public RecommendationIssued Issue(RecommendationResult result) =>
            new RecommendationIssued(Guid.Empty, Guid.Empty, 1, Profile, Catalog.Version, Options, result,
                DateTimeOffset.UnixEpoch, "bench (consultant)", null).Sealed();

        // Marten writes the event with the API's JSON options; FastEndpoints writes the response with the same.
        public static int Serialise(RecommendationIssued issued) =>
            JsonSerializer.SerializeToUtf8Bytes(issued, ApiJson.Options).Length
            + JsonSerializer.SerializeToUtf8Bytes(RecommendationResponse.From(issued), ApiJson.Options).Length;
    }
}
