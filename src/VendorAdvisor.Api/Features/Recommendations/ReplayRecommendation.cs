using System.Text.Json;
using System.Text.Json.Nodes;
using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.OpenApi;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record ReplayRecommendationRequest
{
    public Guid RecommendationId { get; init; }
}

/// <summary>One field where the recomputation differs from the record; values as JSON text.</summary>
public sealed record FieldDifference(string Path, string? Recorded, string? Replayed);

public sealed record ReplayResponse(
    Guid RecommendationId, bool Identical, long ProfileVersion, string CatalogVersion, McdaMethod Method, ulong Seed, int Samples,
    string EngineVersion, IReadOnlyList<FieldDifference> Differences);

public sealed class ReplayRecommendation(IQuerySession session, CatalogReader catalogs, RegulationReader regulations) : Endpoint<ReplayRecommendationRequest, ReplayResponse>
{
    private const int MaxDifferences = 100;

    public override void Configure()
    {
        Post("/v1/recommendations/{recommendationId}/replay");
        Roles(Role.Readers);
        // Lives with the recommendations it recomputes, but is an auditor's check: documented under Audit.
        Options(route => route.WithMetadata(new DocumentedTag("Audit")));
        Summary(s =>
        {
            s.Summary = "Recomputes a stored recommendation from its recorded inputs and says whether the result is identical.";
            s.Description = "The profile is rebuilt from its events at the recorded version, the catalog at the recorded version, with the " +
                            "recorded method, options and seed. Stores nothing. `differences` lists each field that differs (at most 100).";
            s.Responses[200] = "The outcome of the replay.";
            s.ResponseExamples[200] = new ReplayResponse(Guid.Parse("01a207c1-0b5e-7f3a-9c2d-4e6f8a0b1c2d"), true, 3, "2025.1-r0",
                McdaMethod.WeightedSum, DecisionEngine.DefaultSeed, DecisionEngine.DefaultSamples, DecisionEngine.EngineVersion, []);
        });
    }

    public override async Task HandleAsync(ReplayRecommendationRequest req, CancellationToken ct)
    {
        // The event is the record; the read model only finds it.
        var recorded = await session.LoadRecordedRecommendationAsync(req.RecommendationId, ct);
        if (recorded is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no recommendation '{req.RecommendationId}'."));
            return;
        }

        var profile = await session.Events.AggregateStreamAsync<Profile>(recorded.ProfileId, recorded.ProfileVersion, token: ct);
        var catalog = await catalogs.RecordedAsync(session, recorded.CatalogVersion, ct);
        // The regulation catalogue the recommendation recorded (none for those issued before it existed).
        var rules = recorded.Result.Manifest.RegulationCatalogueVersion is { } version ? await regulations.RecordedAsync(session, version, ct) : null;
        var replayed = RegulatedAdvisor.Recommend(profile!.Client, catalog.Catalog, rules, recorded.Options.ToAnalysis());

        var differences = new List<FieldDifference>();
        Compare(Node(recorded.Profile), Node(profile.Client), "profile", differences);
        if (recorded.ComputeHash() is var hash && hash != recorded.Hash) differences.Add(new FieldDifference("hash", recorded.Hash, hash));
        Compare(Node(recorded.Result), Node(replayed), "result", differences);
        await Send.OkAsync(new ReplayResponse(recorded.RecommendationId, differences.Count == 0, recorded.ProfileVersion,
            recorded.CatalogVersion, recorded.Options.Method, recorded.Options.Seed, recorded.Options.Samples,
            replayed.Manifest.EngineVersion, differences), ct);
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, ApiJson.Options);

    /// Walks both trees; object keys are matched by name (stored JSON does not keep key order), numbers
    /// compared exactly.
    private static void Compare(JsonNode? recorded, JsonNode? replayed, string path, List<FieldDifference> differences)
    {
        if (differences.Count >= MaxDifferences) return;
        switch (recorded, replayed)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    Compare(a[key], b[key], $"{path}.{key}", differences);
                }
                break;
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++) Compare(a[i], b[i], $"{path}[{i}]", differences);
                break;
            default:
                var (left, right) = (recorded?.ToJsonString(), replayed?.ToJsonString());
                if (left != right) differences.Add(new FieldDifference(path, left, right));
                break;
        }
    }
}
