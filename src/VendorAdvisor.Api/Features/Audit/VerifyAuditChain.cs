using System.Text.Json;
using FastEndpoints;
using Marten;
using Npgsql;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Audit;

public sealed record VerifyAuditChainRequest
{
    /// <summary>Check one profile's chain only; without it, every profile of the tenant.</summary>
    [QueryParam]
    public Guid? ProfileId { get; init; }
}

/// <summary>Where the chain first fails: which recommendation, at which position of the feed, and why.</summary>
public sealed record ChainBreak(Guid ProfileId, Guid? RecommendationId, string? Sequence, string Reason);

public sealed record ChainVerification(bool Valid, int ProfilesChecked, int RecommendationsChecked, ChainBreak? FirstBreak);

public sealed class VerifyAuditChain(IQuerySession session, AuditCursor cursors) : Endpoint<VerifyAuditChainRequest, ChainVerification>
{
    public override void Configure()
    {
        Get("/v1/audit/verify");
        Roles(Role.Admin, Role.Auditor);
        Summary(s =>
        {
            s.Summary = "Recomputes the hash chain of recommendations (tenant-wide or for one profile) and reports the first break.";
            s.Description = "Each recommendation's hash covers its inputs and result and the previous recommendation's hash; an event " +
                            "altered, removed or reordered in the database breaks the chain from that point.";
            s.Responses[200] = "Whether the chain is intact, and where it first breaks if not.";
            s.Responses[404] = "profileId names no profile of this tenant.";
            s.ResponseExamples[200] = new ChainVerification(false, 12, 40, new ChainBreak(Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"),
                Guid.Parse("01a207c1-0b5e-7f3a-9c2d-4e6f8a0b1c2d"), "q3Vb0mZJr6n0xXlU1yWc2A", "the stored hash does not match the recommendation's content"));
        });
    }

    public override async Task HandleAsync(VerifyAuditChainRequest req, CancellationToken ct)
    {
        if (req.ProfileId is { } only && await session.LoadAsync<Profile>(only, ct) is null)
        {
            await Send.ResultAsync(ProfileProblems.NotFound(only));
            return;
        }

        var profiles = req.ProfileId is { } id
            ? [(await session.LoadAsync<Profile>(id, ct))!]
            : await session.Query<Profile>().ToListAsync(ct);
        var heads = profiles.ToDictionary(profile => profile.Id, profile => profile.LatestRecommendationHash);
        var previous = new Dictionary<Guid, string?>();
        var checkedCount = 0;
        ChainBreak? firstBreak = null;

        await foreach (var (sequence, streamId, data) in RecommendationEventsAsync(req.ProfileId, ct))
        {
            checkedCount++;
            var expectedPrevious = previous.GetValueOrDefault(streamId);
            RecommendationIssued? issued = null;
            string? reason;
            try
            {
                issued = JsonSerializer.Deserialize<RecommendationIssued>(data, ApiJson.Options);
                reason = issued is null ? "the event holds no recommendation"
                    : issued.PreviousHash != expectedPrevious ? "it does not follow the previous recommendation (one was removed, reordered or altered)"
                    : issued.ComputeHash() is not { } hash ? $"it names a hash scheme this version cannot check ('{issued.HashScheme}')"
                    : hash != issued.Hash ? "the stored hash does not match the recommendation's content"
                    : null;
            }
            catch (JsonException)
            {
                reason = "the event is not a readable recommendation";
            }
            if (reason is not null)
            {
                firstBreak = new ChainBreak(streamId, issued?.RecommendationId, cursors.Encode(session.TenantId, sequence), reason);
                break;
            }
            previous[streamId] = issued!.Hash;
        }

        // The last link: the profile's own record of its newest recommendation must be the chain's end.
        firstBreak ??= heads
            .Where(head => head.Value != previous.GetValueOrDefault(head.Key))
            .Select(head => new ChainBreak(head.Key, null, null, "the profile's latest recommendation is missing from its events"))
            .FirstOrDefault();

        await Send.OkAsync(new ChainVerification(firstBreak is null, heads.Count, checkedCount, firstBreak), ct);
    }

    private async IAsyncEnumerable<(long Sequence, Guid StreamId, string Data)> RecommendationEventsAsync(
        Guid? profileId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            select seq_id, stream_id, data::text from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events
            where tenant_id = @tenant and type = 'recommendation_issued' and (@stream::uuid is null or stream_id = @stream)
            order by stream_id, version
            """;
        command.Parameters.AddWithValue("tenant", session.TenantId);
        command.Parameters.Add(new NpgsqlParameter("stream", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)profileId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return (reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2));
    }
}
