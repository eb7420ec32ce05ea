using System.Security.Cryptography;
using System.Text;
using Marten;
using Marten.Storage;
using Npgsql;
using Weasel.Core.Migrations;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Lets a start skip Marten's comparison of a database with the schema the code expects, when nothing
/// has changed since the last start that made that comparison. The comparison reads every table,
/// function and index Marten owns and was most of a start's time (scripts/bench-startup.sh); on almost
/// every start it finds nothing to do.
///
/// The fingerprint is a hash of the creation script Marten would write for an empty database, together
/// with the versions of Marten and Weasel (which decide how a difference is found and applied). It is
/// stored in the database it describes, after a comparison succeeded, so a restored backup carries its
/// own. A new build with any schema change (a document, an index, a projection, a Marten upgrade) has
/// another fingerprint and compares in full once. Deleting the row forces a full comparison at the next
/// start, for an operator who changed the schema by hand.
public static class SchemaFingerprint
{
    public const string TableName = "va_schema_fingerprint";

    /// Brings the database up to date unless it records this build's fingerprint; answers whether Marten
    /// compared it. Either way Marten then treats every feature as checked, as after its own comparison.
    public static async Task<bool> BringUpToDateAsync(IMartenDatabase database, string schema, CancellationToken ct)
    {
        var expected = Of(database);
        await using var connection = (NpgsqlConnection)database.CreateConnection();
        await connection.OpenAsync(ct);
        if (await StoredAsync(connection, schema, ct) == expected)
        {
            // Without this Marten would still compare each document type's tables on its first use.
            ((DatabaseBase<NpgsqlConnection>)database).MarkAllFeaturesAsChecked();
            return false;
        }

        await database.ApplyAllConfiguredChangesToDatabaseAsync(ct: ct);
        await using var store = new NpgsqlCommand($"""
            create table if not exists {schema}.{TableName} (
                store text primary key, fingerprint text not null, applied_at timestamptz not null);
            insert into {schema}.{TableName} values ('marten', @fingerprint, now())
                on conflict (store) do update set fingerprint = excluded.fingerprint, applied_at = excluded.applied_at
            """, connection);
        store.Parameters.AddWithValue("fingerprint", expected);
        await store.ExecuteNonQueryAsync(ct);
        return true;
    }

    public static string Of(IMartenDatabase database)
    {
        var text = string.Join('\n', typeof(IDocumentStore).Assembly.FullName, typeof(DatabaseBase<>).Assembly.FullName,
            database.ToDatabaseScript());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task<string?> StoredAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var read = new NpgsqlCommand($"select fingerprint from {schema}.{TableName} where store = 'marten'", connection);
        try
        {
            return await read.ExecuteScalarAsync(ct) as string;
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null; // a new database, or one last started by a build from before fingerprints
        }
    }
}
