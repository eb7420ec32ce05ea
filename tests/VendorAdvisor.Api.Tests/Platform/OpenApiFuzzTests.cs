using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace VendorAdvisor.Api.Tests.Platform;

/// Drives every operation of the live OpenAPI document with seeded malformed and extreme input, over real
/// sockets (Kestrel), and fails on any 5xx and on any error that is not problem+json with its real status.
/// Seeded: the same requests every run; a failure names each request so it can be replayed by hand.
[Collection(ApiTests.Name)]
public sealed class OpenApiFuzzTests(ApiFixture api, ITestOutputHelper output)
{
    private const int Requests = 3000;
    private const ulong Seed = 20261128;

    [Fact]
    public async Task Every_operation_answers_malformed_and_extreme_input_without_a_5xx_and_only_with_problem_details()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("RateLimits:PermitsPerSecond", "1000000")
            .UseSetting("RateLimits:Burst", "1000000"));
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0)); // a free port: parallel runs must not collide
        factory.StartServer();
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60);

        var world = await World.CreateAsync(api);
        var document = (await http.GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;
        var operations = Operations(document);
        operations.Count.ShouldBeGreaterThan(25, "the document lists every operation");

        var cases = Gen.Sample(FuzzInput.Case(operations, world.RealValues, world.Keys), Requests, new Rnd(Seed), 30);
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, ct) =>
        {
            var (status, problem) = await SendAsync(http, fuzz, ct);
            lock (statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (problem is not null) failures.Add($"{fuzz} -> {problem}");
            }
        });

        var figures = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        output.WriteLine($"fuzz: server at {http.BaseAddress}");
        output.WriteLine($"fuzz: {cases.Length} requests over {operations.Count} operations in {watch.Elapsed.TotalSeconds:F1} s; {figures}");
        output.WriteLine($"fuzz: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)} 5xx, {failures.Count} failures");
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
    }

    private static async Task<(int Status, string? Problem)> SendAsync(HttpClient http, FuzzCase fuzz, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Operation.Method.ToUpperInvariant()), fuzz.Url);
        foreach (var (name, value) in fuzz.Headers) request.Headers.TryAddWithoutValidation(name, value);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(fuzz.Body));
            if (fuzz.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }
        try
        {
            // Headers first: a success may be an endless stream (GET /v1/audit/stream), whose body is never read here.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 400) return (status, null);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (status >= 500) return (status, $"{status}: {Clip(text)}");
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                return (status, $"{status} as {response.Content.Headers.ContentType?.ToString() ?? "no content type"}: {Clip(text)}");
            var body = JsonNode.Parse(text) as JsonObject;
            return (int?)body?["status"] == status ? (status, null) : (status, $"{status} with a problem body saying otherwise: {Clip(text)}");
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException)
        {
            return (0, $"no usable answer: {exception.Message}");
        }
    }

    private static string Clip(string text) => text.Length > 200 ? text[..200] + "..." : text;

    private static List<FuzzOperation> Operations(JsonObject document)
    {
        var components = document["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<FuzzOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description") continue;
                var parameters = (op["parameters"] as JsonArray ?? []).Select(p => new FuzzParameter(
                    (string)p!["name"]!, (string)p["in"]!, Resolve(p["schema"], components, 0))).ToList();
                var body = op["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new FuzzOperation(method, path, parameters, body is null ? null : Resolve(body, components, 0)));
            }
        }
        return operations;
    }

    /// The schema with every $ref replaced by what it names (cut at a depth, against cycles).
    private static JsonObject Resolve(JsonNode? schema, JsonObject components, int depth)
    {
        if (schema is not JsonObject node || depth > 8) return [];
        if (node["$ref"] is JsonNode reference)
        {
            var name = reference.ToString().Split('/')[^1];
            return Resolve(components[name], components, depth + 1);
        }
        var copy = new JsonObject();
        foreach (var (key, value) in node)
        {
            copy[key] = key switch
            {
                "properties" => new JsonObject(value!.AsObject().Select(p =>
                    KeyValuePair.Create(p.Key, (JsonNode?)Resolve(p.Value, components, depth + 1)))),
                "items" or "additionalProperties" when value is JsonObject => Resolve(value, components, depth + 1),
                "allOf" or "oneOf" or "anyOf" => new JsonArray([.. value!.AsArray().Select(s => (JsonNode?)Resolve(s, components, depth + 1))]),
                _ => value?.DeepClone(),
            };
        }
        return copy;
    }

    /// A tenant with real ids for the path parameters, and keys of every role.
    private sealed record World(IReadOnlyDictionary<string, string[]> Ids, IReadOnlyList<string> Keys)
    {
        public string[] RealValues(string parameter) =>
            Ids.FirstOrDefault(id => parameter.Contains(id.Key, StringComparison.OrdinalIgnoreCase)).Value ?? ["x"];

        public static async Task<World> CreateAsync(ApiFixture api)
        {
            var (tenantId, consultant) = await api.TenantClientAsync("consultant");
            var admin = await api.KeyAsync(tenantId, "admin");
            var auditor = await api.KeyAsync(tenantId, "auditor");
            var spare = await api.IssueKeyAsync(tenantId, "auditor");
            var profile = await consultant.PostAsJsonAsync("/v1/profiles", new { name = "Fuzz target", sector = "gaming", origin = "domestic" });
            var profileId = (string)(await profile.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
            var recommendations = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var issued = await consultant.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { samples = 0 });
                recommendations.Add((string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
            }
            var ids = new Dictionary<string, string[]>
            {
                ["profile"] = [profileId],
                ["recommendation"] = [.. recommendations],
                ["from"] = [.. recommendations],
                ["to"] = [.. recommendations],
                ["tenant"] = [tenantId],
                ["key"] = [(string)spare["id"]!],
                ["vendor"] = ["alibaba-cloud", "huawei-cloud", "tencent-cloud", "aws-china"],
                ["criterion"] = ["price", "latency", "localization"],
            };
            var consultantKey = consultant.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
            return new World(ids, [consultantKey, consultantKey, consultantKey, admin, admin, auditor, ApiFixture.SystemAdminKey]);
        }
    }
}
