using Marten;
using Marten.Storage;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Brings every database up to the current schema at start-up: a database of the layout from before
/// tenants were spread over databases first (<see cref="PreFleetUpgrade"/>), then the registry, then each
/// tenant database in the pool. A tenant database that does not answer does not stop the node (its
/// tenants get 503 until it is back, and Marten applies what is missing on first use); a registry that
/// does not answer does, since no request can be served without it.
///
/// Then the features' own start-up work in the databases (<see cref="IStartupStorageWork"/>).
///
/// All of it begins as soon as the application is built (<see cref="Begin"/>, from Program.cs), so that it
/// overlaps with the discovery of the endpoints; the host still waits for it before it listens.
public sealed class SchemaMigrations(IDocumentStore store, TenantRegistry registry, PreFleetUpgrade upgrade, TenantPlacement placement,
    IEnumerable<IStartupStorageWork> afterwards, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<SchemaMigrations> logger) : IHostedService
{
    /// Nodes of a fleet that start together take turns here, so that one upgrades an old layout while
    /// the others wait and then find nothing left to do.
    private const long StartupLock = 0x7661_5f73_6368_656d; // "va_schem"

    private readonly Lock gate = new();
    private Task? work;

    /// Completes when every reachable database has today's schema; faults when the registry cannot be brought there.
    public Task Begin()
    {
        lock (gate)
        {
            return work ??= Task.Run(() => MigrateAsync(lifetime.ApplicationStopping));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // A session lock on a connection of its own, out of the pool: a pooled connection must not keep it (the pool
        // does not reset sessions, see ConnectionTuning), and closing this one releases it even if the start-up fails.
        // Not a transaction lock: a transaction held open for the whole start-up would hold back the audit horizon of
        // every other node (it waits for transactions older than what it has seen).
        var unpooled = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(MartenSetup.ConnectionStringName)) { Pooling = false };
        await using var lockConnection = new NpgsqlConnection(unpooled.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({StartupLock})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await upgrade.PrepareAsync(cancellationToken);
        await SchemaFingerprint.BringUpToDateAsync(registry.Store.Storage.Database, TenantRegistry.SchemaName, cancellationToken);
        await using (var command = registry.DataSource.CreateCommand(SharedRateLimiter.CreateTable))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await Task.WhenAll((await store.Storage.AllDatabases()).Select(database => BringUpToDateAsync(database, cancellationToken)));
        await upgrade.AssignPendingAsync(placement, cancellationToken);
        await using (var release = new NpgsqlCommand($"select pg_advisory_unlock({StartupLock})", lockConnection))
        {
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        await Task.WhenAll(afterwards.Select(work => work.RunAsync(cancellationToken)));
    }

    private async Task BringUpToDateAsync(IMartenDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await SchemaFingerprint.BringUpToDateAsync(database, MartenSetup.TenantSchemaName, cancellationToken);
        }
        catch (Exception exception) when (Errors.StorageFailures.IsOutage(exception))
        {
            logger.LogWarning("Database {Database} does not answer; its schema will be brought up to date on first use: {Reason}",
                database.Id.Identity, exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
