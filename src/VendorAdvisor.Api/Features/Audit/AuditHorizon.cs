using System.Collections.Concurrent;
using System.Threading.Channels;
using Marten.Storage;
using Npgsql;

namespace VendorAdvisor.Api.Features.Audit;

/// The position in one database's event store up to which every event is final: each sequence number at or below it is
/// either committed and visible, or will never be. Live audit streams send events up to it and no further.
///
/// Why it is needed: Marten numbers events from one PostgreSQL sequence when it inserts them, but transactions
/// commit in their own order, so event 41 can become visible after event 42. A reader that took "everything after
/// the last number I saw" would pass over 41 for good. The rule follows Marten's own high-water detection
/// (HighWaterDetector, GapDetector and GapLivenessProbe in Marten.Events.Daemon.HighWater):
/// - committed numbers with no hole below them advance the horizon at once (one statement, one snapshot);
/// - a hole is held until it is proven dead: the sequence's highest reserved number is read, then the server's
///   time; once no transaction of this database that began at or before that time is still running (checked in
///   pg_stat_activity, and in the snapshot's in-progress transaction ids for writers of other roles), every number
///   up to the reserved one belongs to a transaction that has ended, so the horizon moves to it. Nothing is
///   skipped by the clock alone: a transaction left open holds the stream back, it never loses an event.
///
/// Woken by PostgreSQL NOTIFY from a statement trigger on the events table (sent at commit, by whichever API
/// instance or tool wrote), so every instance learns of every commit without polling; while a hole is held it
/// re-checks every <see cref="HeldRecheck"/>, and with no news at all every <see cref="IdleRecheck"/> in case a
/// notification was lost with a connection. Does nothing while no stream is open on this instance.
///
/// One per tenant database (see <see cref="AuditHorizons"/>): each database numbers its events with its own
/// sequence and NOTIFY reaches only the listeners of the database it is sent in.
public sealed class AuditHorizon(IMartenDatabase database, string name, string schema, ILogger<AuditHorizon> logger)
{
    private static readonly TimeSpan HeldRecheck = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan IdleRecheck = TimeSpan.FromSeconds(10);

    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<AuditHorizonSubscription, byte> subscribers = new();
    private TaskCompletionSource nextRound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long horizon = -1;
    private HeldGap? held;

    /// A hole just above Mark, first seen when the sequence had reserved up to Ceiling, at server time Observed.
    private sealed record HeldGap(long Mark, long Ceiling, DateTime Observed, long Xmax);

    private string Schema => schema;

    /// The tenant database this horizon follows (host, port and database name).
    public string Database => name;

    /// The current horizon; -1 until the first one is established.
    public long Current => Interlocked.Read(ref horizon);

    /// Streams open on this instance.
    public int Subscribers => subscribers.Count;

    public AuditHorizonSubscription Subscribe()
    {
        var subscription = new AuditHorizonSubscription(this);
        subscribers.TryAdd(subscription, 0);
        wake.Writer.TryWrite(true);
        return subscription;
    }

    internal void Unsubscribe(AuditHorizonSubscription subscription) => subscribers.TryRemove(subscription, out _);

    /// A horizon computed after this call (so not one left from before), once one is known: a stream that starts
    /// "from now" starts there. The first needs the transactions open at that moment to end. Throws what the
    /// database threw when it does not answer, so that the request gets its 503 rather than waiting.
    public async Task<long> FreshAsync(CancellationToken ct)
    {
        do
        {
            // The round that completes this task has not begun yet: it takes it when it begins.
            var round = Volatile.Read(ref nextRound).Task;
            wake.Writer.TryWrite(true);
            await round.WaitAsync(ct);
        }
        while (Current < 0);
        return Current;
    }

    /// A horizon for a one-off read (a page or an export of the feed): a fresh one, with this call keeping the
    /// horizon running meanwhile. Null when none settles within <paramref name="limit"/>, which happens only while
    /// a transaction that began before the call stays open (a long one: an open psql session, a pg_dump).
    public async Task<long?> SettleAsync(TimeSpan limit, CancellationToken ct)
    {
        using var subscription = Subscribe();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            return await FreshAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// Follows the database until the instance stops. Never throws for a database that does not answer: it keeps
    /// trying, and only the streams of that database's tenants wait (or get 503).
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var listening = AuditCommitListener.RunAsync(database, Schema, Database, () => wake.Writer.TryWrite(true), logger, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                timeout.CancelAfter(subscribers.IsEmpty || (held is null && Current >= 0) ? IdleRecheck : HeldRecheck);
                try
                {
                    await wake.Reader.ReadAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // A re-check on schedule.
                }
            }
            if (subscribers.IsEmpty)
            {
                // Nobody follows: forget the position, so the next stream starts from a fresh one rather than
                // walking every event written in between.
                Interlocked.Exchange(ref horizon, -1);
                held = null;
                continue;
            }
            var round = Interlocked.Exchange(ref nextRound, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                if (await AdvanceAsync(stoppingToken))
                {
                    foreach (var subscriber in subscribers.Keys) subscriber.Signal();
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
            {
                logger.LogWarning("Could not advance the audit horizon of database {Database}; retrying: {Reason}", Database, e.Message);
                // Streams waiting for a first horizon give up with the database's error (503 for the caller).
                if (Current < 0) round.TrySetException(e);
                await Task.Delay(HeldRecheck, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                round.TrySetResult();
            }
        }
        await listening;
    }

    /// One round; true when the horizon moved.
    private async Task<bool> AdvanceAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)database.CreateConnection();
        await connection.OpenAsync(ct);
        var mark = Current;
        var next = mark;
        if (mark >= 0)
        {
            // One statement, so the three readings share one snapshot (Marten's GapDetector, #4953).
            var (firstAfter, gapEdge, max) = await QueryAsync(connection, $"""
                select (select min(seq_id) from {Schema}.mt_events where seq_id > @mark),
                       (select seq_id from (select seq_id, lead(seq_id) over (order by seq_id) as next_seq
                                            from {Schema}.mt_events where seq_id >= @mark) gaps
                        where next_seq - seq_id > 1 order by seq_id limit 1),
                       (select max(seq_id) from {Schema}.mt_events where seq_id >= @mark)
                """, reader => (Long(reader, 0), Long(reader, 1), Long(reader, 2)), ("mark", mark), ct);
            next = firstAfter > mark + 1 ? mark : Math.Max(mark, gapEdge ?? max ?? mark);
            if (next > mark || (max ?? 0) <= next) held = null;
            if ((max ?? 0) <= next) return Publish(next, mark);
        }

        if (held is null || held.Mark != next)
        {
            // The reserved ceiling first, then the time: every number up to it was taken by a transaction that
            // began before that time.
            var ceiling = await QueryAsync(connection, $"select case when is_called then last_value else 0 end from {Schema}.mt_events_sequence",
                reader => reader.GetInt64(0), null, ct);
            var (observed, xmax) = await QueryAsync(connection, "select clock_timestamp(), pg_snapshot_xmax(pg_current_snapshot())::text::bigint",
                reader => (reader.GetFieldValue<DateTime>(0), reader.GetInt64(1)), null, ct);
            held = new HeldGap(next, ceiling, observed, xmax);
            return Publish(next, mark);
        }

        var live = await QueryAsync(connection, """
            select (select count(*) from pg_stat_activity a
                    where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_type = 'client backend'
                      and a.xact_start is not null and a.xact_start <= @observed)
                 + (select count(*) from pg_snapshot_xip(pg_current_snapshot()) x where x::text::bigint < @xmax)
            """, reader => reader.GetInt64(0), ("observed", held.Observed, "xmax", held.Xmax), ct);
        if (live > 0) return Publish(next, mark);
        if (held.Ceiling > next) logger.LogDebug("Audit horizon passes the dead sequence numbers in ({Mark}, {Ceiling}].", next, held.Ceiling);
        next = Math.Max(next, held.Ceiling);
        held = null;
        return Publish(next, mark);
    }

    private bool Publish(long next, long mark)
    {
        if (next <= mark) return false;
        Interlocked.Exchange(ref horizon, next);
        return true;
    }

    private static long? Long(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);

    private static async Task<T> QueryAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, object? parameters, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        switch (parameters)
        {
            case (string name, long value):
                command.Parameters.AddWithValue(name, value);
                break;
            case (string n1, DateTime v1, string n2, long v2):
                command.Parameters.AddWithValue(n1, v1);
                command.Parameters.AddWithValue(n2, v2);
                break;
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return read(reader);
    }
}
