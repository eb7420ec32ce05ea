using Marten;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Audit;

/// The index that keeps a feed page cheap however many events the store holds. Created at start-up in
/// every tenant database, after Marten has created its tables; harmless when it exists. A database that
/// does not answer gets it at the next start.
public sealed class AuditIndexes(IDocumentStore store, ILogger<AuditIndexes> logger) : IStartupStorageWork
{
    public const string Name = "ix_mt_events_tenant_seq";

    public async Task RunAsync(CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        foreach (var database in await store.Storage.AllDatabases())
        {
            try
            {
                await using var connection = (NpgsqlConnection)database.CreateConnection();
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = $"create index if not exists {Name} on {schema}.mt_events (tenant_id, seq_id)";
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (Exception exception) when (Infrastructure.Errors.StorageFailures.IsOutage(exception))
            {
                logger.LogWarning("Database {Database} does not answer; the audit feed index is created at the next start: {Reason}",
                    database.Id.Identity, exception.Message);
            }
        }
    }
}
