using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using VendorAdvisor.Api.Infrastructure.Telemetry;

namespace VendorAdvisor.Api.Tests.Platform;

/// With Logging:Format=json the console gets one JSON object per line, and a request's line carries its fields as
/// fields, for a log shipper to read without parsing sentences.
[Collection(ApiTests.Name)]
public sealed class JsonRequestLogTests(ApiFixture api)
{
    [Fact]
    public async Task With_logging_format_json_each_request_is_one_json_line_with_its_fields_and_never_the_key()
    {
        var tenantId = await api.CreateTenantAsync();
        var key = (string)(await api.IssueKeyAsync(tenantId, "consultant", name: "json-log-consultant"))["key"]!;
        var console = new CapturedConsole();
        await using var host = StartWithConsole(console, api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Logging:Format", "json")));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var createTrace = ActivityTraceId.CreateRandom();
        var create = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles") { Content = JsonContent.Create(new { name = "Logged", sector = "retail", origin = "domestic" }) };
        create.Headers.Add("traceparent", $"00-{createTrace}-{ActivitySpanId.CreateRandom()}-01");
        var created = await client.SendAsync(create);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var profileId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var readTrace = ActivityTraceId.CreateRandom();
        var read = new HttpRequestMessage(HttpMethod.Get, $"/v1/profiles/{profileId}");
        read.Headers.Add("traceparent", $"00-{readTrace}-{ActivitySpanId.CreateRandom()}-01");
        (await client.SendAsync(read)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The console logger writes from a queue of its own: wait for both lines.
        var clock = Stopwatch.StartNew();
        while ((RequestLine(console, createTrace) is null || RequestLine(console, readTrace) is null) && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(100);

        var lines = Lines(console);
        lines.ShouldNotBeEmpty();
        foreach (var line in lines) Should.NotThrow(() => JsonNode.Parse(line)!.AsObject(), $"not one JSON object: {line}");
        foreach (var (trace, method, route, status) in new[] { (createTrace, "POST", "/v1/profiles", 201), (readTrace, "GET", "/v1/profiles/{profileId}", 200) })
        {
            var state = RequestLine(console, trace).ShouldNotBeNull($"no request line for {method} {route}")["State"]!;
            ((string)state["Method"]!).ShouldBe(method);
            ((string)state["Route"]!).ShouldBe(route, "the route template, not the path");
            ((int)state["Status"]!).ShouldBe(status);
            state["DurationMs"]!.GetValueKind().ShouldBe(JsonValueKind.Number);
            ((double)state["DurationMs"]!).ShouldBeGreaterThan(0);
            ((string)state["Tenant"]!).ShouldBe(tenantId);
            ((string)state["KeyName"]!).ShouldBe("json-log-consultant");
        }
        string.Join('\n', lines).ShouldNotContain(key, Case.Sensitive, "an API key was logged");
    }

    /// Builds the host while the console is <paramref name="console"/>: the console logger takes Console.Out when it is
    /// created, so the host's lines go there and nobody else's change.
    private static WebApplicationFactory<Program> StartWithConsole(CapturedConsole console, WebApplicationFactory<Program> factory)
    {
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            _ = factory.Server;
        }
        finally
        {
            Console.SetOut(original);
        }
        return factory;
    }

    private static List<string> Lines(CapturedConsole console) =>
        [.. console.Text().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static JsonObject? RequestLine(CapturedConsole console, ActivityTraceId trace) => Lines(console)
        .Select(line => JsonNode.Parse(line) as JsonObject)
        .SingleOrDefault(entry => (string?)entry?["Category"] == RequestLogging.Category && (string?)entry?["State"]?["TraceId"] == trace.ToString());

    /// What the console logger writes, from its own thread, read safely from the test's.
    private sealed class CapturedConsole : TextWriter
    {
        private readonly System.Text.StringBuilder text = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            lock (text) text.Append(value);
        }

        public override void Write(string? value)
        {
            lock (text) text.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (text) text.Append(buffer, index, count);
        }

        public string Text()
        {
            lock (text) return text.ToString();
        }
    }
}
