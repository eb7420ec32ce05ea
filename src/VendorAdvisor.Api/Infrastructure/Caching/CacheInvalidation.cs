using System.Collections.Concurrent;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Caching;

/// <summary>
/// Per-instance caches that stay correct across every instance of the API. A write that changes cached data
/// queues <c>pg_notify(Channel, topic)</c> in its own transaction (<see cref="InvalidationSessionListener"/>), so
/// PostgreSQL tells every listening instance when, and only if, the change commits; the writing instance forgets
/// the topic itself right after its commit, before it answers. Entries are served only while this instance is
/// listening: when the listening connection is lost everything cached is dropped and nothing is cached until it
/// is back, so a notification missed in between cannot keep stale data alive. NOTIFY reaches only the
/// listeners of the database it is sent in, and writes go to the registry database (keys) or to a tenant's
/// own database (its catalog): an instance listens on each of them, and caches only while it hears them all.
/// </summary>
public sealed class CacheInvalidation(IReadOnlyList<string> listenerConnectionStrings, ILogger<CacheInvalidation> logger) : BackgroundService
{
    public const string Channel = "vendoradvisor_cache";

    /// A last line of defence, not the mechanism: no entry outlives this even if every notification were lost.
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long epoch;
    private int live;

    private sealed record Entry(object Value, long LoadedAt);

    /// Whether entries are served (this instance hears every invalidation).
    public bool IsListening => Volatile.Read(ref live) == listenerConnectionStrings.Count;

    /// Read before loading what <see cref="Put"/> will store: an invalidation in between makes the put a no-op.
    public long Stamp => Interlocked.Read(ref epoch);

    public bool TryGet<T>(string topic, out T value) where T : class
    {
        if (IsListening && entries.TryGetValue(topic, out var entry) && Environment.TickCount64 - entry.LoadedAt < MaxAge.TotalMilliseconds
            && entry.Value is T typed)
        {
            value = typed;
            return true;
        }
        value = null!;
        return false;
    }

    public void Put(string topic, object value, long stamp)
    {
        if (!IsListening || Stamp != stamp) return;
        entries[topic] = new Entry(value, Environment.TickCount64);
        // Invalidate bumps the epoch before it removes: either it removed this entry, or we see its bump here.
        if (Stamp != stamp) entries.TryRemove(topic, out _);
    }

    public void Invalidate(string topic)
    {
        Interlocked.Increment(ref epoch);
        entries.TryRemove(topic, out _);
    }

    private void Clear()
    {
        Interlocked.Increment(ref epoch);
        entries.Clear();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(listenerConnectionStrings.Select(connectionString => ListenAsync(connectionString, stoppingToken)));

    private async Task ListenAsync(string listenerConnectionString, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var counted = false;
            try
            {
                await using var connection = new NpgsqlConnection(listenerConnectionString);
                connection.Notification += (_, e) => Invalidate(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                Clear();
                Interlocked.Increment(ref live);
                counted = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // any failure of the listening connection means: stop caching, reconnect
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Lost the cache invalidation channel; serving without caches until it is back.");
            }
            finally
            {
                if (counted) Interlocked.Decrement(ref live);
                Clear();
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
