using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// <summary>
/// Npgsql settings the API runs with unless the connection string says otherwise.
/// <list type="bullet">
/// <item>Max Auto Prepare: every statement the API sends is one of a few dozen texts (Marten parameterises all
/// values), so preparing them once per connection saves PostgreSQL the parse and plan of every statement of every
/// request. The queries are by primary key or by tenant with a parameter; a generic plan suits them.</item>
/// <item>No Reset On Close: Npgsql otherwise resets a pooled connection's session state on every return (DISCARD
/// ALL, or with prepared statements seven statements). The API never changes session state: no SET, no LISTEN,
/// no temporary tables, no session advisory locks on pooled connections (the cache listener has its own
/// unpooled connection), and Marten ends every transaction it opens.</item>
/// <item>plan_cache_mode=force_custom_plan: tenant documents are list-partitioned per tenant, so a database holding
/// a thousand tenants has a thousand partitions per document table. A generic plan of a prepared statement locks
/// every partition of each table it touches before pruning at run time (measured: 10,759 locks for one count by
/// tenant, against 3 with a custom plan), and a few such requests at once exhaust PostgreSQL's lock table ("out of
/// shared memory"). Custom plans prune while planning and lock only the tenant's partition; statements stay
/// prepared, so the parse is still saved.</item>
/// </list>
/// </summary>
public static class ConnectionTuning
{
    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 100;
        if (!Mentions(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages")) builder.AutoPrepareMinUsages = 2;
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        if (!Mentions(connectionString, "plan_cache_mode")) builder.Options = $"{builder.Options} -c plan_cache_mode=force_custom_plan".Trim();
        return builder.ConnectionString;
    }

    /// The listener of <see cref="Caching.CacheInvalidation"/>: its own connection, out of the pool, with
    /// keepalives so that a dead connection is noticed (and the caches dropped) within seconds.
    public static string ForListener(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 };
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] names) =>
        names.Any(name => connectionString.Contains(name, StringComparison.OrdinalIgnoreCase));
}
