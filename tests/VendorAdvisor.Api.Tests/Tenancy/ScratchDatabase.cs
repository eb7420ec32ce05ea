using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace VendorAdvisor.Api.Tests.Tenancy;

/// A database of its own on the test cluster, for tests that start nodes on a database in a particular state.
internal static class ScratchDatabase
{
    /// An empty database named after the test (made anew on every run), and its connection string.
    public static async Task<string> CreateAsync(string name)
    {
        var database = $"vendoradvisor_tests_{name}";
        await using (var connection = new NpgsqlConnection(ApiFixture.ConnectionString))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"drop database if exists {database} with (force)", connection).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"create database {database}", connection).ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ApiFixture.ConnectionString) { Database = database }.ConnectionString;
    }

    /// A node of the API on that database alone (not started until a client is made; dispose it to stop it).
    public static WebApplicationFactory<Program> Node(string connectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Marten", connectionString)
            .UseSetting("Admin:ApiKey", ApiFixture.SystemAdminKey)
            .UseSetting("Shutdown:DrainSeconds", "0"));

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
