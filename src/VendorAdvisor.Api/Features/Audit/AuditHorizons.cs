using System.Collections.Concurrent;
using Marten;
using Marten.Storage;
using Npgsql;

namespace VendorAdvisor.Api.Features.Audit;

/// One <see cref="AuditHorizon"/> per tenant database. Tenants may live on several databases (sharded
/// tenancy), each with its own event sequence and its own NOTIFY: a live stream follows the horizon of the
/// database that holds its tenant, so a write made through any node reaches every node's streams of that
/// tenant. Every database the store knows at start-up gets its trigger and listener then; a database met
/// later (first asked for by a stream) gets them on first use.
public sealed class AuditHorizons(IDocumentStore store, ILoggerFactory loggers, ILogger<AuditHorizons> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<AuditHorizon>> horizons = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> running = [];
    private readonly CancellationTokenSource stopping = new();
    private int stopped;

    /// Streams open on this instance, over every database.
    public int Subscribers => horizons.Values.Sum(horizon => horizon.Value.Subscribers);

    /// The horizon of the database a session works on (the caller's tenant's database).
    public AuditHorizon For(IMartenDatabase database) =>
        horizons.GetOrAdd(PhysicalKey(database), key => new Lazy<AuditHorizon>(() => Start(database, key))).Value;

    /// Server, port and database name: what shares one event sequence and one NOTIFY. Marten's own database
    /// identity leaves the port out, so two clusters on one host holding databases of the same name (the
    /// fleet on one machine) would look like one.
    private static string PhysicalKey(IMartenDatabase database)
    {
        using var connection = (NpgsqlConnection)database.CreateConnection();
        var where = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return $"{where.Host}:{where.Port}/{where.Database}";
    }

    private AuditHorizon Start(IMartenDatabase database, string name)
    {
        var horizon = new AuditHorizon(database, name, store.Options.Events.DatabaseSchemaName, loggers.CreateLogger<AuditHorizon>());
        // Not once the instance stops: a stream asked for during shutdown is ended by ApplicationStopping anyway.
        if (Volatile.Read(ref stopped) == 0)
        {
            var token = stopping.Token;
            running.Add(Task.Run(() => horizon.RunAsync(token)));
        }
        return horizon;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var database in await store.Storage.AllDatabases()) For(database);
        }
        catch (Exception exception) when (Infrastructure.Errors.StorageFailures.IsOutage(exception))
        {
            // Each database is then followed from the first stream that needs it.
            logger.LogWarning("Could not list the tenant databases to follow their audit events: {Reason}", exception.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Stop();
        await Task.WhenAll(running).WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    // A host may be disposed before it is stopped, or stopped twice (test hosts are): stop once, in either order.
    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0) stopping.Cancel();
    }

    public void Dispose()
    {
        Stop();
        stopping.Dispose();
    }
}
