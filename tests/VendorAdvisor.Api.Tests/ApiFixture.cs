using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Tests;

/// One API host for all API tests, through the real HTTP pipeline, against the real PostgreSQL that
/// `make test` starts. Tests never share data: each makes its own tenants with fresh ids.
public sealed class ApiFixture : IDisposable
{
    public const string SystemAdminKey = "va_admin_tests_4f1e0c9a7b3d2e6f8a5c1b0d9e7f3a2c";

    public static readonly string ConnectionString =
        Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
        ?? "Host=127.0.0.1;Port=55432;Database=vendoradvisor_tests;Username=vendoradvisor;Password=vendoradvisor";

    public ApiFixture()
    {
        // Read by WebApplication.CreateBuilder before Program registers its services.
        Environment.SetEnvironmentVariable("ConnectionStrings__Marten", ConnectionString);
        Environment.SetEnvironmentVariable("Admin__ApiKey", SystemAdminKey);
        Environment.SetEnvironmentVariable("Shutdown__DrainSeconds", "0"); // a test host stops at once
        // Tests of other behaviour send bursts (24 concurrent writers) on a shared machine: they queue for as long as
        // it takes rather than being shed. LoadSheddingTests set their own limits on a node of their own.
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing")
            .UseSetting("Load:QueueLength", "1000").UseSetting("Load:QueueTimeoutMilliseconds", "60000"));
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient As(string apiKey)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public HttpClient SystemAdmin() => As(SystemAdminKey);

    public static string NewTenantId() => "t-" + Guid.CreateVersion7().ToString("N");

    public async Task<string> CreateTenantAsync(string? id = null)
    {
        id ??= NewTenantId();
        var response = await SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id, name = $"Tenant {id}" });
        response.EnsureSuccessStatusCode();
        return id;
    }

    /// Issues a key and answers the whole response: the key itself is in "key", its id in "id".
    public async Task<JsonObject> IssueKeyAsync(string tenantId, string role, HttpClient? issuer = null, string? name = null)
    {
        var response = await (issuer ?? SystemAdmin()).PostAsJsonAsync(
            $"/v1/admin/tenants/{tenantId}/keys", new { name = name ?? $"{role}-{Guid.NewGuid():N}", role });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<string> KeyAsync(string tenantId, string role) =>
        (string)(await IssueKeyAsync(tenantId, role))["key"]!;

    /// A fresh tenant and a client holding one of its keys.
    public async Task<(string TenantId, HttpClient Client)> TenantClientAsync(string role)
    {
        var tenantId = await CreateTenantAsync();
        return (tenantId, As(await KeyAsync(tenantId, role)));
    }

    public static JsonSerializerOptions Json => ApiJson.Options;

    /// A stream's events as the event store holds them, read straight from PostgreSQL (the audit endpoints
    /// are tested on their own): type and data, oldest first.
    public static async Task<List<JsonObject>> StoredEventsAsync(Guid streamId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select type, data::text from vendoradvisor.mt_events where stream_id = @id order by version", connection);
        command.Parameters.AddWithValue("id", streamId);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<JsonObject>();
        while (await reader.ReadAsync())
        {
            events.Add(new JsonObject { ["type"] = reader.GetString(0), ["data"] = JsonNode.Parse(reader.GetString(1)) });
        }
        return events;
    }

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ApiTests : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

public static class ProblemAssertions
{
    /// Asserts an RFC 9457 answer with the given status, and returns its body for further checks.
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var body = JsonNode.Parse(text)!.AsObject();
        ((int)body["status"]!).ShouldBe(status);
        ((string?)body["title"]).ShouldNotBeNullOrWhiteSpace();
        ((string?)body["traceId"]).ShouldNotBeNullOrWhiteSpace();
        text.ShouldNotContain("   at ", Case.Sensitive, "a stack trace leaked");
        return body;
    }

    public static IEnumerable<string> ErrorFields(this JsonObject problem) =>
        problem["errors"]!.AsArray().Select(error => (string)error!["name"]!);

    public static IEnumerable<string> ErrorReasons(this JsonObject problem) =>
        problem["errors"]!.AsArray().Select(error => (string)error!["reason"]!);
}
