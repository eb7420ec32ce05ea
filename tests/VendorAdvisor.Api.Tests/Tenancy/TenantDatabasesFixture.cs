using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace VendorAdvisor.Api.Tests.Tenancy;

/// Two databases of the test cluster, apart from the one the other tests share: "fleet_main" holds the
/// registry and tenants placed on "main", "fleet_second" the tenants placed on "second". Hosts built here
/// are the same API as every other test's, configured as a node of a fleet would be.
public sealed class TenantDatabasesFixture : IAsyncLifetime
{
    public static readonly string Main = On("vendoradvisor_tests_fleet_main");
    public static readonly string Second = On("vendoradvisor_tests_fleet_second");

    /// A database nobody listens for: what a stopped cluster looks like to a node.
    public static readonly string Unreachable =
        new NpgsqlConnectionStringBuilder(On("vendoradvisor_tests_fleet_second")) { Host = "127.0.0.1", Port = 1, Timeout = 2 }.ConnectionString;

    private readonly List<IDisposable> hosts = [];

    private static string On(string database) =>
        new NpgsqlConnectionStringBuilder(ApiFixture.ConnectionString) { Database = database }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var database in new[] { "vendoradvisor_tests_fleet_main", "vendoradvisor_tests_fleet_second" })
        {
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"create database {database}", connection);
                await create.ExecuteNonQueryAsync();
            }
        }
    }

    /// A node whose "second" database is at the given connection string.
    public WebApplicationFactory<Program> Node(string second)
    {
        var node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Marten", Main)
            .UseSetting("Tenancy:Databases:main", Main)
            .UseSetting("Tenancy:Databases:second", second)
            .UseSetting("Admin:ApiKey", ApiFixture.SystemAdminKey)
            .UseSetting("Shutdown:DrainSeconds", "0"));
        hosts.Add(node);
        return node;
    }

    public Task DisposeAsync()
    {
        foreach (var host in hosts) host.Dispose();
        return Task.CompletedTask;
    }
}
