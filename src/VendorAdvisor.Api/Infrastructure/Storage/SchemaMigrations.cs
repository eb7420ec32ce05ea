using Marten;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Brings every database up to the current schema at start-up: a database of the layout from before
/// tenants were spread over databases first (<see cref="PreFleetUpgrade"/>), then the registry, then each
/// tenant database in the pool. A tenant database that does not answer does not stop the node (its
/// tenants get 503 until it is back, and Marten applies what is missing on first use); a registry that
/// does not answer does, since no request can be served without it.
public sealed class SchemaMigrations(IDocumentStore store, TenantRegistry registry, PreFleetUpgrade upgrade, TenantPlacement placement,
    ILogger<SchemaMigrations> logger) : IHostedService
{
    /// Nodes of a fleet that start together take turns here, so that one upgrades an old layout while
    /// the others wait and then find nothing left to do.
    private const long StartupLock = 0x7661_5f73_6368_656d; // "va_schem"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A transaction lock, held until this start-up's schema work is done: a pooled connection must not
        // keep a session lock (the pool does not reset sessions, see ConnectionTuning), and the lock goes
        // with the connection if this node dies half-way.
        await using var lockConnection = await registry.DataSource.OpenConnectionAsync(cancellationToken);
        await using var held = await lockConnection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_advisory_xact_lock({StartupLock})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await upgrade.PrepareAsync(cancellationToken);
        await registry.Store.Storage.Database.ApplyAllConfiguredChangesToDatabaseAsync(ct: cancellationToken);
        await using (var command = registry.DataSource.CreateCommand(SharedRateLimiter.CreateTable))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var database in await store.Storage.AllDatabases())
        {
            try
            {
                await database.ApplyAllConfiguredChangesToDatabaseAsync(ct: cancellationToken);
            }
            catch (Exception exception) when (Errors.StorageFailures.IsOutage(exception))
            {
                logger.LogWarning("Database {Database} does not answer; its schema will be brought up to date on first use: {Reason}",
                    database.Id.Identity, exception.Message);
            }
        }
        await upgrade.AssignPendingAsync(placement, cancellationToken);
        await held.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
