using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace VendorAdvisor.Api.Tests.Platform;

/// With OTEL_EXPORTER_OTLP_ENDPOINT set, traces really leave the process: a small OTLP/HTTP collector in the
/// test receives the request's spans as protobuf.
[Collection(ApiTests.Name)]
public sealed class OtlpExportTests(ApiFixture api)
{
    private sealed record Export(string Path, string? ContentType, byte[] Body);

    [Fact]
    public async Task With_an_otlp_endpoint_the_requests_trace_is_posted_to_v1_traces_as_protobuf()
    {
        var exports = new ConcurrentQueue<Export>();
        await using var collector = await StartCollectorAsync(exports);
        var endpoint = collector.Urls.Single();
        var tenantId = await api.CreateTenantAsync();
        var key = await api.KeyAsync(tenantId, "consultant");
        await using var exporting = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100")); // milliseconds between batches, instead of 5 s
        using var client = exporting.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles")
        {
            Content = JsonContent.Create(new { name = "Exported", sector = "retail", origin = "domestic" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // OTLP carries a trace id as its 16 raw bytes.
        var traceIdBytes = Convert.FromHexString(traceId.ToHexString());
        bool Exported() => exports.Any(export => export.Path == "/v1/traces" && export.Body.AsSpan().IndexOf(traceIdBytes) >= 0);
        var clock = Stopwatch.StartNew();
        while (!Exported() && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(100);

        Exported().ShouldBeTrue($"no POST to /v1/traces held the trace within 10 s; received: {string.Join(", ", exports.Select(e => $"{e.Path} {e.Body.Length} B"))}");
        var traces = exports.First(export => export.Path == "/v1/traces" && export.Body.AsSpan().IndexOf(traceIdBytes) >= 0);
        traces.ContentType.ShouldBe("application/x-protobuf");
        traces.Body.AsSpan().IndexOf("vendoradvisor-api"u8).ShouldBeGreaterThanOrEqualTo(0, "the service name is in the exported resource");
    }

    /// An OTLP/HTTP endpoint reduced to what the exporter needs: take the POST, keep it, answer 200.
    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<Export> exports)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0"); // a free port: parallel runs must not collide
        var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            exports.Enqueue(new Export(request.Path, request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        return collector;
    }
}
