using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace VendorAdvisor.Api.Tests.Platform;

/// What a start-up does to a database whose schema is already in place: nothing. It once dropped the audit feed's
/// index on every start (Marten saw an index it did not define) for the audit service to build it again.
[Collection(ApiTests.Name)]
public sealed class StartupSchemaTests(ApiFixture api)
{
    [Fact]
    public async Task The_schema_check_keeps_the_audit_feeds_index()
    {
        var store = api.Factory.Services.GetRequiredService<IDocumentStore>();

        // The tests' tenant database (the sharded store has no default one).
        var name = new NpgsqlConnectionStringBuilder(ApiFixture.ConnectionString).Database;
        var checkedDatabases = 0;
        foreach (var database in await store.Storage.AllDatabases())
        {
            if (new NpgsqlConnectionStringBuilder(database.CreateConnection().ConnectionString).Database != name) continue;
            var migration = await database.CreateMigrationAsync();
            var writer = new StringWriter();
            migration.WriteAllUpdates(writer, new Weasel.Postgresql.PostgresqlMigrator(), AutoCreate.CreateOrUpdate);
            writer.ToString().ShouldNotContain("ix_mt_events_tenant_seq");
            checkedDatabases++;
        }
        checkedDatabases.ShouldBeGreaterThan(0);
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_indexes where indexname = 'ix_mt_events_tenant_seq'", connection);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(1);
    }
}
