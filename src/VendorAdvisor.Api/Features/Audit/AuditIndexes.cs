using Marten;
using Npgsql;

namespace VendorAdvisor.Api.Features.Audit;

/// The index that keeps a feed page cheap however many events the store holds. Created once at start-up,
/// after Marten has created its tables; harmless when it exists.
public sealed class AuditIndexes(IDocumentStore store) : IHostedService
{
    public const string Name = "ix_mt_events_tenant_seq";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"create index if not exists {Name} on {schema}.mt_events (tenant_id, seq_id)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
