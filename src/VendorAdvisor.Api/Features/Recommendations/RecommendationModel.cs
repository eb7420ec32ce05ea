using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

/// How a recommendation was asked for; with the profile and the catalog version, all it takes to compute it again.
/// Adaptive (true when the request named no samples; absent from recommendations issued before it existed): Samples
/// is then a cap, and the manifest records the samples drawn.
public sealed record RecommendationOptions(
    McdaMethod Method,
    IReadOnlyList<IReadOnlyList<double>>? Pairwise,
    IReadOnlyList<string>? PairwiseCriteria,
    int Samples,
    ulong Seed,
    bool? Adaptive = null,
    double? VikorV = null,
    Team.TeamWeightsUsed? Team = null)
{
    public AnalysisOptions ToAnalysis() => new()
    {
        Method = Method,
        PairwiseMatrix = Pairwise,
        PairwiseCriteria = PairwiseCriteria,
        Samples = Samples,
        Seed = Seed,
        AdaptiveSamples = Adaptive == true,
        VikorV = VikorV ?? Vikor.DefaultV,
    };
}

/// Appended to the profile's stream. Holds the client as it was, the catalog version, the options and the full
/// result, and a hash over all of it chained to the profile's previous recommendation, so that altering any
/// stored recommendation breaks the chain.
public sealed record RecommendationIssued(
    Guid RecommendationId,
    Guid ProfileId,
    long ProfileVersion,
    ClientProfile Profile,
    string CatalogVersion,
    RecommendationOptions Options,
    RecommendationResult Result,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    string? PreviousHash,
    string Hash = "")
{
    public RecommendationIssued Sealed() => this with { Hash = ComputeHash() };

    /// SHA-256 over the canonical JSON of every field but the hash itself. Canonical: object keys sorted, because
    /// PostgreSQL's jsonb does not keep the order in which they were written.
    public string ComputeHash()
    {
        var node = JsonSerializer.SerializeToNode(this with { Hash = "" }, ApiJson.Options)!;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(node)!.ToJsonString())));
    }

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, Canonical(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Canonical)]),
        _ => node?.DeepClone(),
    };
}

/// Where a recommendation is stored: the version of its event in its profile's stream. The event is the only
/// stored copy of the recommendation (it was once also kept whole here: views written then still carry it in
/// <see cref="Issued"/>, and are read from there). Written by the issuing endpoint, which knows the version.
public sealed class RecommendationView
{
    public Guid Id { get; set; }
    public Guid ProfileId { get; set; }
    public long Version { get; set; }
    public RecommendationIssued? Issued { get; set; }
}

public static class RecommendationStorage
{
    public static void ConfigureRecommendations(this StoreOptions options)
    {
        options.Schema.For<RecommendationView>().MultiTenanted().Index(view => view.ProfileId);
        options.Events.MapEventType<RecommendationIssued>("recommendation_issued");
    }
}
