using System.Globalization;
using System.Text.Json;
using JasperFx.Events;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Audit;

/// An event as stored, with who caused it and in which request: what auditors read. `sequence` is the event's
/// position in the tenant's feed, as an opaque cursor (see AuditCursor); `version` its place in its stream.
public sealed record AuditEvent(
    string Sequence,
    long Version,
    Guid StreamId,
    string Type,
    DateTimeOffset Timestamp,
    string? Actor,
    string? CorrelationId,
    string? CausationId,
    JsonElement Data)
{
    public static AuditEvent From(IEvent stored, AuditCursor cursor, string tenantId) => new(
        cursor.Encode(tenantId, stored.Sequence),
        stored.Version,
        stored.StreamId,
        stored.EventTypeName,
        stored.Timestamp,
        stored.UserName,
        stored.CorrelationId,
        stored.CausationId,
        JsonSerializer.SerializeToElement(stored.Data, stored.EventType, ApiJson.Options));

    public static readonly AuditEvent Example = new("q3Vb0mZJr6n0xXlU1yWc2A", 2, Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"),
        "profile_priorities_set", DateTimeOffset.Parse("2026-11-23T09:05:00Z", CultureInfo.InvariantCulture),
        "li-wei (consultant)", "case-4711", null, JsonSerializer.SerializeToElement(new { priorities = new { latency = 5 } }));
}

public sealed record AuditEventPage(IReadOnlyList<AuditEvent> Items, string? Next)
{
    public static readonly AuditEventPage Example = new([AuditEvent.Example], "q3Vb0mZJr6n0xXlU1yWc2A");
}
