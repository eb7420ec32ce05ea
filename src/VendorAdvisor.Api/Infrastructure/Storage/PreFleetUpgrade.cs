using Marten;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Brings a database laid out before tenants were spread over databases to today's layout, at start-up.
/// Before, one database held everything in the tenant schema: the registry's documents (tenants, keys,
/// published catalogs) beside the tenants' own, none of them partitioned. Today the registry's documents
/// live in their own schema and each tenant document table is list-partitioned per tenant, with Marten's
/// table of partitions and its assignment of tenants to databases.
///
/// Marten converts an unpartitioned table by copying its rows into the new partitioned table, which fails
/// for rows of tenants that have no partition yet ("no partition of relation ... found for row"). So,
/// before Marten's migration: the registry tables move to the registry schema, and every tenant that has
/// rows is entered in Marten's table of partitions, so that the partitions exist when the rows are copied.
/// After it: each such tenant is assigned to this database through Marten's own sharded tenancy. Tenants
/// that own no rows yet are placed by Marten on first use, as any new tenant is. The tenants still to assign
/// are written down in the registry in the same transaction as the move, so that a node that dies between
/// the two steps leaves the assignments to the next start rather than to Marten's placement of unknown
/// tenants (which could choose another database than the one holding their rows).
public sealed class PreFleetUpgrade(TenantRegistry registry, TenantDatabases databases, IDocumentStore store, ILogger<PreFleetUpgrade> logger)
{
    /// Marten's tenant id for rows written without one; never a tenant of this API.
    private const string DefaultTenant = "*DEFAULT*";

    /// Tenants of an upgraded database not yet assigned to it, by the id the database has in the pool.
    private const string PendingName = "pre_fleet_pending_assignments";
    private const string PendingTable = $"{TenantRegistry.SchemaName}.{PendingName}";

    /// Before Marten's migration, in one transaction on the registry database: does nothing when the
    /// database is not in the old layout (every start after the first). Called under SchemaMigrations' lock.
    public async Task PrepareAsync(CancellationToken ct)
    {
        var registryTables = ((IDocumentStore)registry.Store).Options.AllKnownDocumentTypes().Select(document => document.TableName.Name).ToArray();
        // One statement on every start, answering "none" on all but the first. No other node upgrades meanwhile:
        // SchemaMigrations holds the start-up lock.
        await using var connection = await registry.DataSource.OpenConnectionAsync(ct);
        var legacy = await StringsAsync(connection, "select t from unnest(@tables) t where to_regclass(@schema || '.' || t) is not null",
            ct, ("tables", registryTables), ("schema", MartenSetup.TenantSchemaName));
        if (legacy.Count == 0) return;

        await using var transaction = await connection.BeginTransactionAsync(ct);
        var databaseId = DatabaseIdOf(registry.DataSource.ConnectionString);
        logger.LogWarning("Database {Database} is in the layout from before tenants were spread over databases: upgrading it", databaseId);
        await ExecuteAsync(connection, $"create schema if not exists {TenantRegistry.SchemaName}", ct);
        foreach (var table in legacy) await MoveToRegistryAsync(connection, table, ct);

        var tenants = await TenantsWithRowsAsync(connection, ct);
        await ExecuteAsync(connection, $"""
            create table if not exists {MartenSetup.TenantSchemaName}.mt_tenant_partitions (
                partition_value varchar not null, partition_suffix varchar null,
                constraint pkey_mt_tenant_partitions_partition_value primary key (partition_value))
            """, ct);
        await ExecuteAsync(connection, $"create table if not exists {PendingTable} (tenant_id varchar primary key, database_id varchar not null)", ct);
        // Marten's sharded tenancy names each tenant's partitions after the tenant id itself.
        await using (var partitions = new NpgsqlCommand($"""
            insert into {MartenSetup.TenantSchemaName}.mt_tenant_partitions select t, t from unnest(@tenants) t on conflict do nothing;
            insert into {PendingTable} select t, @database from unnest(@tenants) t where t <> '{DefaultTenant}' on conflict do nothing
            """, connection))
        {
            partitions.Parameters.AddWithValue("tenants", tenants.ToArray());
            partitions.Parameters.AddWithValue("database", databaseId);
            await partitions.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        logger.LogWarning("Moved {Tables} to the registry; {Tenants} tenants with data get their partitions on {Database}",
            string.Join(", ", legacy), tenants.Count, databaseId);
    }

    /// After Marten's migration: the assignment of each tenant written down by <see cref="PrepareAsync"/> to
    /// the database that holds its rows, through Marten; then the list goes.
    public async Task AssignPendingAsync(TenantPlacement placement, CancellationToken ct)
    {
        await using var connection = await registry.DataSource.OpenConnectionAsync(ct);
        if (!await ExistsAsync(connection, TenantRegistry.SchemaName, PendingName, ct)) return;
        var pending = new List<(string Tenant, string Database)>();
        await using (var command = new NpgsqlCommand($"select tenant_id, database_id from {PendingTable}", connection))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) pending.Add((reader.GetString(0), reader.GetString(1)));
        }
        var assigned = await placement.AssignmentsAsync(ct);
        foreach (var (tenant, database) in pending.Where(pending => !assigned.ContainsKey(pending.Tenant)))
        {
            await store.Advanced.AddTenantToShardAsync(tenant, database, ct);
        }
        await ExecuteAsync(connection, $"drop table {PendingTable}", ct);
        logger.LogWarning("Assigned {Tenants} tenants of the old layout to their database", pending.Count);
    }

    /// The old layout had a single database, the registry's: its id is the one listed with its address.
    private string DatabaseIdOf(string registryConnectionString)
    {
        var registryAddress = Address(registryConnectionString);
        foreach (var (id, connectionString) in databases.All)
        {
            if (Address(connectionString) == registryAddress) return id;
        }
        throw new InvalidOperationException(
            "The registry database holds tenants' data from before tenants were spread over databases, and no " +
            "Tenancy:Databases entry names it: list it there (e.g. Tenancy__Databases__main=<its connection string>).");
    }

    private static string Address(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host?.ToLowerInvariant()}:{builder.Port}/{builder.Database}";
    }

    /// A table the registry store now keeps in its own schema. Moved whole when the registry has no such
    /// table yet; otherwise (a start of this version that failed half-way created it) its rows are copied
    /// over, those already there kept. Marten's functions that wrote the old table go with it.
    private static async Task MoveToRegistryAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var source = $"{MartenSetup.TenantSchemaName}.{table}";
        if (!await ExistsAsync(connection, TenantRegistry.SchemaName, table, ct))
        {
            await ExecuteAsync(connection, $"alter table {source} set schema {TenantRegistry.SchemaName}", ct);
        }
        else
        {
            var columns = string.Join(", ", await SharedColumnsAsync(connection, table, ct));
            await ExecuteAsync(connection,
                $"insert into {TenantRegistry.SchemaName}.{table} ({columns}) select {columns} from {source} on conflict do nothing; drop table {source}", ct);
        }
        var alias = table["mt_doc_".Length..];
        await ExecuteAsync(connection, $"""
            do $$ declare f regprocedure; begin
              for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = '{MartenSetup.TenantSchemaName}'
                  and p.proname in ('mt_upsert_{alias}', 'mt_insert_{alias}', 'mt_update_{alias}', 'mt_overwrite_{alias}')
              loop execute 'drop function ' || f; end loop; end $$
            """, ct);
    }

    /// Every tenant id found in a tenant-tagged table (events, streams, documents) of the tenant schema.
    private static async Task<List<string>> TenantsWithRowsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = await StringsAsync(connection, """
            select c.table_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = @schema and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
            """, ct, ("schema", MartenSetup.TenantSchemaName));
        if (tables.Count == 0) return [];
        var union = string.Join(" union ", tables.Select(table => $"select distinct tenant_id from {MartenSetup.TenantSchemaName}.{table}"));
        return await StringsAsync(connection, $"select tenant_id from ({union}) tenants order by 1", ct);
    }

    private static Task<List<string>> SharedColumnsAsync(NpgsqlConnection connection, string table, CancellationToken ct) =>
        StringsAsync(connection, """
            select column_name from information_schema.columns where table_schema = @legacy and table_name = @table
            intersect select column_name from information_schema.columns where table_schema = @registry and table_name = @table
            """, ct, ("legacy", MartenSetup.TenantSchemaName), ("registry", TenantRegistry.SchemaName), ("table", table));

    /// The first column of every row the query answers.
    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string schema, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select to_regclass(@name) is not null", connection);
        command.Parameters.AddWithValue("name", $"{schema}.{table}");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
