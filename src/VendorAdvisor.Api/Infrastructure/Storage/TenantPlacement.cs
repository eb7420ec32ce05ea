using Marten;
using Weasel.Core.MultiTenancy;
using Weasel.Postgresql.Tables;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Where tenants live, through Marten's sharded tenancy: its pool of databases and its assignment table
/// in the registry database. Nothing here keeps its own record of a placement.
public sealed class TenantPlacement(IDocumentStore store, TenantRegistry registry)
{
    private ITenantDatabasePool Pool => store.Options.Tenancy as ITenantDatabasePool
        ?? throw new InvalidOperationException("The store is not configured with sharded tenancy.");

    /// The databases tenants can be placed on, with how many tenants each holds.
    public async Task<IReadOnlyList<PooledDatabase>> DatabasesAsync(CancellationToken ct) =>
        [.. (await Pool.ListDatabasesAsync(ct)).OrderBy(database => database.DatabaseId, StringComparer.Ordinal)];

    /// The id of the database that holds the tenant, or null for a tenant that was never placed.
    public async Task<string?> DatabaseOfAsync(string tenantId, CancellationToken ct) =>
        await Pool.FindDatabaseForTenantAsync(tenantId, ct);

    /// Every placement at once, read from Marten's assignment table (for listing all tenants in one query).
    public async Task<IReadOnlyDictionary<string, string>> AssignmentsAsync(CancellationToken ct)
    {
        await using var command = registry.DataSource.CreateCommand(
            $"select tenant_id, database_id from {TenantRegistry.SchemaName}.{TenantAssignmentTable.TableName} where disabled = false");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var assignments = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct)) assignments[reader.GetString(0)] = reader.GetString(1);
        return assignments;
    }

    /// Records the tenant's database and creates its partitions there: the named database, or the one
    /// holding the fewest tenants (Marten's smallest-database assignment, decided under its advisory lock,
    /// so that tenants created at once on several nodes still spread evenly).
    public async Task<string> PlaceAsync(string tenantId, string? databaseId, CancellationToken ct)
    {
        if (databaseId is null) return await store.Advanced.AddTenantToShardAsync(tenantId, ct);
        await store.Advanced.AddTenantToShardAsync(tenantId, databaseId, ct);
        return databaseId;
    }
}
