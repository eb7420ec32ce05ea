using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Profiles;

// The life of a client profile. Each event holds only what it changes, so the stream reads as a history.
public sealed record ProfileCreated(Guid ProfileId, ClientProfile Profile);

/// Only the attributes that changed are set; the others are null.
public sealed record ProfileAttributesChanged(ProfileAttributes Changes);

public sealed record PrioritiesSet(IReadOnlyDictionary<string, double>? Priorities);

public sealed record ConstraintsSet(ProfileConstraints? Constraints);

public sealed record ProfileArchived(Guid ProfileId);

/// Only the regulatory facts that changed are set; the others are null (unchanged, not unknown).
public sealed record RegulatoryFactsChanged(RegulatoryFacts Changes);

/// A team member's AHP pairwise comparison of the criteria for one client (Team/RecordTeamJudgment). The member is
/// the API key's name; rows and columns are in the catalog's criteria order (the request may use another order; it is
/// rearranged before it is stored). A later judgement by the same member replaces the earlier one in the team's
/// weights; both stay in the history.
public sealed record TeamJudgmentRecorded(Guid ProfileId, string Member, IReadOnlyList<IReadOnlyList<double>> Matrix);

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
    TeamWeightsUsed? Team = null)
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
