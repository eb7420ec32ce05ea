using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Marten;
using Npgsql;

namespace VendorAdvisor.Api.Features.Audit;

/// Through: the last sequence to read (a live stream reads up to the audit horizon); null for no bound.
public sealed record AuditQuery(long After, int? Limit, string? Type, string? Actor, Guid? Stream, DateTimeOffset? From, DateTimeOffset? To, long? Through = null);

/// Reads a tenant's events in order straight from the event table, streaming row by row, so that a page
/// costs the same with ten thousand or a million events stored (index on tenant and sequence) and an
/// export never holds more than one event in memory.
public sealed class AuditLog(AuditCursor cursor)
{
    public const string NotACursor = "'after' is not a cursor of this tenant's feed.";

    /// The sequence a caller's cursor stands for (0 without one); false for a cursor of another tenant or none at all.
    public bool TryStartAfter(IQuerySession session, string? after, out long sequence)
    {
        sequence = 0;
        return string.IsNullOrEmpty(after) || cursor.TryDecode(session.TenantId, after, out sequence);
    }

    /// One page; `next` is the last event's cursor when the page is full.
    public async Task<AuditEventPage> PageAsync(IQuerySession session, AuditQuery query, CancellationToken ct)
    {
        var items = new List<AuditEvent>();
        await foreach (var item in ReadAsync(session, query, ct)) items.Add(item);
        return new AuditEventPage(items, items.Count == query.Limit ? items[^1].Sequence : null);
    }

    public async IAsyncEnumerable<AuditEvent> ReadAsync(IQuerySession session, AuditQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var connection = (NpgsqlConnection)session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            select seq_id, version, stream_id, type, timestamp, user_name, correlation_id, causation_id, data::text
            from {schema}.mt_events
            where tenant_id = @tenant and seq_id > @after and (@through::bigint is null or seq_id <= @through)
              and type <> 'tombstone' -- Marten fills sequence numbers of failed appends with these: store-internal, never shown
              and (@type::varchar is null or type = @type)
              and (@actor::varchar is null or user_name = @actor)
              and (@stream::uuid is null or stream_id = @stream)
              and (@from::timestamptz is null or timestamp >= @from)
              and (@to::timestamptz is null or timestamp < @to)
            order by seq_id
            {(query.Limit is { } limit ? $"limit {limit}" : "")}
            """;
        command.Parameters.AddWithValue("tenant", session.TenantId);
        command.Parameters.AddWithValue("after", query.After);
        command.Parameters.Add(new NpgsqlParameter("through", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)query.Through ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("type", NpgsqlTypes.NpgsqlDbType.Varchar) { Value = (object?)query.Type ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("actor", NpgsqlTypes.NpgsqlDbType.Varchar) { Value = (object?)query.Actor ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("stream", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)query.Stream ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)query.From?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)query.To?.ToUniversalTime() ?? DBNull.Value });

        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            var sequence = reader.GetInt64(0);
            var version = reader.GetInt64(1);
            var streamId = reader.GetGuid(2);
            var type = reader.GetString(3);
            var timestamp = reader.GetFieldValue<DateTimeOffset>(4);
            var actor = await reader.IsDBNullAsync(5, ct) ? null : reader.GetString(5);
            var correlation = await reader.IsDBNullAsync(6, ct) ? null : reader.GetString(6);
            var causation = await reader.IsDBNullAsync(7, ct) ? null : reader.GetString(7);
            using var data = JsonDocument.Parse(reader.GetString(8));
            yield return new AuditEvent(cursor.Encode(session.TenantId, sequence), version, streamId, type, timestamp,
                actor, correlation, causation, data.RootElement.Clone());
        }
    }
}
