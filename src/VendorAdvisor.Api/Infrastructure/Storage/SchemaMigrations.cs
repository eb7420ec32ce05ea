using Marten;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Brings every database up to the current schema at start-up: a database of the layout from before
/// tenants were spread over databases first (<see cref="PreFleetUpgrade"/>), then the registry, then each
/// tenant database in the pool. A tenant database that does not answer does not stop the node (its
/// tenants get 503 until it is back, and Marten applies what is missing on first use); a registry that
/// does not answer does, since no request can be served without it.
public sealed class SchemaMigrations(IDocumentStore store, TenantRegistry registry, PreFleetUpgrade upgrade, TenantPlacement placement,
    IConfiguration configuration, ILogger<SchemaMigrations> logger) : IHostedService
{
    /// Nodes of a fleet that start together take turns here, so that one upgrades an old layout while
    /// the others wait and then find nothing left to do.
    private const long StartupLock = 0x7661_5f73_6368_656d; // "va_schem"

    public async Task StartAsync(CancellationToken cancellationToken)
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
        await using (var release = new NpgsqlCommand($"select pg_advisory_unlock({StartupLock})", lockConnection))
        {
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
