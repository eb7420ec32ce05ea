using System.Net;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Tests.Tenancy;

/// A start compares the databases with the schema the code expects only when the fingerprint recorded by the
/// last comparison is not this build's: the comparison was most of a start's time and almost always finds
/// nothing. Shown from outside by an index Marten owns: dropped behind the API's back, it stays missing while
/// the fingerprint matches (nothing was compared) and is back once the fingerprint is not this build's.
[Collection(ApiTests.Name)]
public sealed class SchemaFingerprintTests : IDisposable
{
    private const string MartenIndex = "vendoradvisor.mt_doc_recommendationview_idx_profile_id";
    private const string TenantFingerprint = $"select fingerprint from vendoradvisor.{SchemaFingerprint.TableName}";
    private const string RegistryFingerprint = $"select fingerprint from vendoradvisor_registry.{SchemaFingerprint.TableName}";

    [Fact]
    public async Task A_start_compares_the_schema_only_when_the_recorded_fingerprint_is_not_this_builds()
    {
        var database = await ScratchDatabase.CreateAsync("fingerprint");

        await StartAsync(database);
        var tenant = (string?)await ScalarAsync(database, TenantFingerprint);
        var registry = (string?)await ScalarAsync(database, RegistryFingerprint);
        tenant.ShouldNotBeNull().Length.ShouldBe(64);
        registry.ShouldNotBeNull().ShouldNotBe(tenant);
        (await ScalarAsync(database, $"select to_regclass('{MartenIndex}') is not null")).ShouldBe(true);

        // The same build again: the fingerprint matches, so the missing index is not noticed.
        await ScalarAsync(database, $"drop index {MartenIndex}");
        await StartAsync(database);
        (await ScalarAsync(database, $"select to_regclass('{MartenIndex}') is null")).ShouldBe(true);

        // A fingerprint of another build (or none, as an operator who changed the schema by hand leaves it): compared
        // in full, repaired, and this build's fingerprint recorded again.
        await ScalarAsync(database, $"update vendoradvisor.{SchemaFingerprint.TableName} set fingerprint = 'another build'");
        await StartAsync(database);
        (await ScalarAsync(database, $"select to_regclass('{MartenIndex}') is not null")).ShouldBe(true);
        (await ScalarAsync(database, TenantFingerprint)).ShouldBe(tenant);
        (await ScalarAsync(database, RegistryFingerprint)).ShouldBe(registry);
    }

    [Fact]
    public async Task A_database_of_a_build_from_before_fingerprints_is_compared_and_then_recorded()
    {
        var database = await ScratchDatabase.CreateAsync("fingerprint_earlier");
        await StartAsync(database);
        var tenant = await ScalarAsync(database, TenantFingerprint);
        await ScalarAsync(database, $"drop table vendoradvisor.{SchemaFingerprint.TableName}; drop index {MartenIndex}");

        await StartAsync(database);

        (await ScalarAsync(database, $"select to_regclass('{MartenIndex}') is not null")).ShouldBe(true);
        (await ScalarAsync(database, TenantFingerprint)).ShouldBe(tenant);
    }

    /// Starts a node on the database, waits until it serves, and stops it again.
    private static async Task StartAsync(string database)
    {
        using var node = ScratchDatabase.Node(database);
        (await node.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<object?> ScalarAsync(string connectionString, string sql) => ScratchDatabase.ScalarAsync(connectionString, sql);

    public void Dispose() => NpgsqlConnection.ClearAllPools();
}
