using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Marten;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Idempotency;

/// A remembered POST: which body it had and what it answered. Scoped to the tenant (the document is
/// tenant-owned) and to the API key that sent it (part of the id).
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public bool Completed { get; set; }
    public int Status { get; set; }
    public string? Body { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// Idempotency-Key support for the POSTs that create something. A key is kept for <see cref="Retention"/>;
/// the same key with the same body replays the first answer, with another body is refused (422), and while
/// the first request is still running is refused (409). A failed attempt (any error answer) releases the
/// key, so it can be retried.
public sealed class IdempotencyKeys(IDocumentStore store, TimeProvider clock)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// An attempt that neither completed nor released its key within this time is taken to have died.
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

    public async Task<IdempotencyGuard> BeginAsync(
        IDocumentSession session, HttpContext http, string? key, object request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key)) return IdempotencyGuard.None;

        var caller = Caller.FromPrincipal(http.User);
        var id = $"{caller.KeyId?.ToString("N") ?? caller.Actor}:{http.Request.Method}:{http.Request.Path}:{key}";
        var hash = Convert.ToHexString(SHA256.HashData(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, request.GetType(), ApiJson.Options))));
        var now = clock.GetUtcNow();

        // The reservation is committed on its own, before the work, so that a concurrent retry sees it.
        await using var reservation = store.LightweightSession(session.TenantId);
        var existing = await reservation.LoadAsync<IdempotencyRecord>(id, ct);
        if (existing is not null && !IsStale(existing, now))
        {
            return new IdempotencyGuard(existing.RequestHash != hash
                ? Problems.Result(StatusCodes.Status422UnprocessableEntity, $"This {HeaderName} was used with a different request body.")
                : !existing.Completed
                    ? Problems.Result(StatusCodes.Status409Conflict, $"A request with this {HeaderName} is still being processed; retry shortly.")
                    : new ReplayedResult(existing));
        }

        if (existing is not null) reservation.Delete(existing);
        reservation.Insert(new IdempotencyRecord { Id = id, RequestHash = hash, CreatedAt = now });
        try
        {
            await reservation.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            return new IdempotencyGuard(Problems.Result(StatusCodes.Status409Conflict,
                $"A request with this {HeaderName} is still being processed; retry shortly."));
        }
        return new IdempotencyGuard(store, session.TenantId, id, hash, now);
    }

    private static bool IsStale(IdempotencyRecord record, DateTimeOffset now) =>
        record.Completed ? now - record.CreatedAt > Retention : now - record.CreatedAt > Abandoned;
}

/// One attempt's hold on an idempotency key: completes it with the answer, or releases it when disposed
/// without completing.
public sealed class IdempotencyGuard : IAsyncDisposable
{
    public static readonly IdempotencyGuard None = new(replay: null);

    private readonly IDocumentStore? store;
    private readonly string tenantId = "";
    private readonly string id = "";
    private readonly string hash = "";
    private readonly DateTimeOffset createdAt;
    private bool settled;

    public IdempotencyGuard(IResult? replay)
    {
        Replay = replay;
        settled = true;
    }

    public IdempotencyGuard(IDocumentStore store, string tenantId, string id, string hash, DateTimeOffset createdAt)
    {
        this.store = store;
        this.tenantId = tenantId;
        this.id = id;
        this.hash = hash;
        this.createdAt = createdAt;
    }

    /// The answer to send instead of doing the work again, or null to go ahead.
    public IResult? Replay { get; }

    public async Task CompleteAsync(int status, object body, string? location, string? etag, CancellationToken ct)
    {
        if (settled || store is null) return;
        await using var session = store.LightweightSession(tenantId);
        session.Store(new IdempotencyRecord
        {
            Id = id,
            RequestHash = hash,
            Completed = true,
            Status = status,
            Body = JsonSerializer.Serialize(body, body.GetType(), ApiJson.Options),
            Location = location,
            ETag = etag,
            CreatedAt = createdAt,
        });
        await session.SaveChangesAsync(ct);
        settled = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (settled || store is null) return;
        settled = true;
        await using var session = store.LightweightSession(tenantId);
        session.Delete<IdempotencyRecord>(id);
        await session.SaveChangesAsync(CancellationToken.None);
    }
}

/// The stored first answer, sent again byte for byte, marked as a replay.
internal sealed class ReplayedResult(IdempotencyRecord record) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = record.Status;
        response.Headers["Idempotent-Replayed"] = "true";
        if (record.Location is not null) response.Headers.Location = record.Location;
        if (record.ETag is not null) response.Headers.ETag = record.ETag;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(record.Body ?? "", httpContext.RequestAborted);
    }
}

public static class IdempotencyStorage
{
    public static void ConfigureIdempotency(this StoreOptions options) =>
        options.Schema.For<IdempotencyRecord>().MultiTenanted();
}
