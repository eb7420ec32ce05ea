using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Marten;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Idempotency;

/// A remembered POST: which body it had and what it answered. Scoped to the tenant (the document is
/// tenant-owned) and to the API key that sent it (part of the id). Written in the same transaction as the
/// work it answers for, so it exists exactly when the work was committed.
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";

    /// Always true for records written since the record moved into the work's transaction; false only for
    /// a reservation left by an older version, which holds no answer and is cleared when met.
    public bool Completed { get; set; }

    public int Status { get; set; }
    public string? Body { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// Idempotency-Key support for the POSTs that create something. The same key with the same body replays
/// the first answer, with another body is refused (422); a key is kept for <see cref="Retention"/>.
///
/// There is no reservation: the key's record is inserted by the same SaveChangesAsync that commits the
/// work, so both commit or neither does. An attempt that fails, times out or dies leaves nothing behind,
/// and its retry simply does the work (once). Two attempts racing with one key both do the work, but the
/// record's primary key lets only one commit; PostgreSQL holds the second insert until the first
/// transaction ends, then the loser rolls back everything it did and replays the winner's answer. So
/// nothing ever waits on an abandoned attempt (the wait is zero, not a timeout), and the price is that a
/// racing duplicate computes its answer once for nothing.
public sealed class IdempotencyKeys(IDocumentStore store, TimeProvider clock)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<IdempotencyGuard> BeginAsync(
        IDocumentSession session, HttpContext http, string? key, object request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key)) return IdempotencyGuard.None;

        var caller = Caller.FromPrincipal(http.User);
        var id = $"{caller.KeyId?.ToString("N") ?? caller.Actor}:{http.Request.Method}:{http.Request.Path}:{key}";
        var hash = Convert.ToHexString(SHA256.HashData(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, request.GetType(), ApiJson.Options))));
        var now = clock.GetUtcNow();

        var existing = await session.LoadAsync<IdempotencyRecord>(id, ct);
        if (existing is { Completed: true } && now - existing.CreatedAt <= Retention)
        {
            return new IdempotencyGuard(Answer(existing, hash));
        }
        if (existing is not null)
        {
            // Expired, or an old-style reservation: it holds no answer. Remove it only while it still is one
            // (a fresh record committed meanwhile by a racing attempt stays), on its own: it is not part of the work.
            await using var cleanup = store.LightweightSession(session.TenantId);
            var expiredBefore = now - Retention;
            cleanup.DeleteWhere<IdempotencyRecord>(record => record.Id == id && (!record.Completed || record.CreatedAt < expiredBefore));
            await cleanup.SaveChangesAsync(ct);
        }
        return new IdempotencyGuard(store, session, id, hash, now);
    }

    internal static IResult Answer(IdempotencyRecord record, string hash) =>
        record.RequestHash != hash
            ? Problems.Result(StatusCodes.Status422UnprocessableEntity, $"This {HeaderName} was used with a different request body.")
            : new ReplayedResult(record);
}

/// One attempt under an idempotency key: either the answer to replay, or the means to record this
/// attempt's answer in the same transaction as its work.
public sealed class IdempotencyGuard
{
    public static readonly IdempotencyGuard None = new(replay: null);

    private readonly IDocumentStore? store;
    private readonly IDocumentSession? session;
    private readonly string id = "";
    private readonly string hash = "";
    private readonly DateTimeOffset createdAt;

    public IdempotencyGuard(IResult? replay) => Replay = replay;

    public IdempotencyGuard(IDocumentStore store, IDocumentSession session, string id, string hash, DateTimeOffset createdAt)
    {
        this.store = store;
        this.session = session;
        this.id = id;
        this.hash = hash;
        this.createdAt = createdAt;
    }

    /// The answer to send instead of doing the work again, or null to go ahead.
    public IResult? Replay { get; }

    /// Makes the next SaveChangesAsync of the work's session also insert the key's record with this answer.
    /// <paramref name="answer"/> runs inside SaveChangesAsync, after inline projections and before the
    /// commit, so it may read what the work is about to store from <c>session.PendingChanges</c>.
    public void AnswerOnSave(int status, string? location, Func<IDocumentSession, (object Body, string? ETag)> answer)
    {
        if (session is null) return;
        session.Listeners.Add(new RecordOnSave(() =>
        {
            var (body, etag) = answer(session);
            return new IdempotencyRecord
            {
                Id = id,
                RequestHash = hash,
                Completed = true,
                Status = status,
                Body = JsonSerializer.Serialize(body, body.GetType(), ApiJson.Options),
                Location = location,
                ETag = etag,
                CreatedAt = createdAt,
            };
        }));
    }

    /// Saves the work with the key's record. Answers null when this attempt committed; otherwise (another
    /// attempt with the same key committed first, and this one was rolled back whole) the answer to send.
    public async Task<IResult?> SaveChangesAsync(IDocumentSession work, CancellationToken ct)
    {
        try
        {
            await work.SaveChangesAsync(ct);
            return null;
        }
        catch (DocumentAlreadyExistsException taken) when (store is not null && taken.DocType == typeof(IdempotencyRecord))
        {
            await using var query = store.QuerySession(work.TenantId);
            var winner = await query.LoadAsync<IdempotencyRecord>(id, ct);
            return winner is null
                ? Problems.Conflict($"Another request with this {IdempotencyKeys.HeaderName} was being processed; retry it.")
                : IdempotencyKeys.Answer(winner, hash);
        }
    }

    private sealed class RecordOnSave(Func<IdempotencyRecord> record) : DocumentSessionListenerBase
    {
        private bool added;

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (added) return Task.CompletedTask;
            added = true;
            session.Insert(record());
            return Task.CompletedTask;
        }
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
