using Marten;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Brings every database up to the current schema at start-up: the registry, then each tenant database
/// in the pool. A tenant database that does not answer does not stop the node (its tenants get 503
/// until it is back, and Marten applies what is missing on first use); a registry that does not answer
/// does, since no request can be served without it.
public sealed class SchemaMigrations(IDocumentStore store, TenantRegistry registry, ILogger<SchemaMigrations> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
