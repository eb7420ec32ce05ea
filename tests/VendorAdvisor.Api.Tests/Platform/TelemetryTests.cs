using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace VendorAdvisor.Api.Tests.Platform;

[Collection(ApiTests.Name)]
public sealed class TelemetryTests(ApiFixture api)
{
    [Fact]
    public async Task A_request_continues_the_callers_trace_with_npgsql_and_marten_spans_is_counted_in_metrics_and_logged_once()
    {
        var spans = new List<Activity>();
        var logs = new CapturedLogs();
        using var host = api.Factory.WithWebHostBuilder(builder => builder
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)))
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        var tenantId = await api.CreateTenantAsync();
        var issued = await api.IssueKeyAsync(tenantId, "consultant", name: "telemetry-consultant");
        var key = (string)issued["key"]!;
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var traceId = ActivityTraceId.CreateRandom();
        var parentId = ActivitySpanId.CreateRandom();

        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/profiles")
        {
            Content = JsonContent.Create(new { name = "Traced", sector = "retail", origin = "domestic" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{parentId}-01");
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var profileId = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        (await client.PostAsync($"/v1/profiles/{profileId}/recommendations", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The server span is exported as it ends, which may be a moment after the client has the response.
        for (var wait = 0; wait < 50 && !ServerSpan(spans, traceId, out _); wait++) await Task.Delay(100);
        ServerSpan(spans, traceId, out var server).ShouldBeTrue("no server span continued the caller's trace");
        server!.ParentSpanId.ShouldBe(parentId);
        ((string?)server.GetTagItem("http.route")).ShouldNotBeNull().ShouldEndWith("v1/profiles");
        var inTrace = Snapshot(spans).Where(span => span.TraceId == traceId).ToList();
        inTrace.Where(span => span.Source.Name == "Npgsql").ShouldNotBeEmpty("no database span in the request's trace");
        inTrace.Where(span => span.Source.Name == "Marten").ShouldNotBeEmpty(
            "no Marten span in the request's trace; sources: " + string.Join(", ", inTrace.Select(span => $"{span.Source.Name}/{span.DisplayName}").Distinct()));

        var metrics = await host.CreateClient().GetStringAsync("/metrics");
        metrics.Split('\n').ShouldContain(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_route=\"/v1/profiles\"", StringComparison.Ordinal) && line.Contains("http_response_status_code=\"201\"", StringComparison.Ordinal));
        metrics.ShouldContain("vendoradvisor_recommendations_issued");
        metrics.ShouldContain("db_client_connection_count{"); // the connection pool, idle and used
        var appended = metrics.Split('\n').Where(line => line.StartsWith("marten_event_append_events_total{", StringComparison.Ordinal)).ToList();
        appended.ShouldContain(line => line.Contains("event_type=\"profile_created\"", StringComparison.Ordinal));
        appended.ShouldNotContain(line => line.Contains("tenant", StringComparison.Ordinal), "/metrics needs no key: it must not name tenants");

        var lines = logs.Lines(Infrastructure.Telemetry.RequestLogging.Category);
        var line = lines.Where(entry => entry.Contains(traceId.ToString(), StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldContain("POST");
        line.ShouldContain("v1/profiles 201");
        line.ShouldContain($"tenant={tenantId}");
        line.ShouldContain("key=telemetry-consultant");
        logs.All().ShouldNotContain(entry => entry.Contains(key, StringComparison.Ordinal), "an API key was logged");
    }

    [Fact]
    public async Task Metrics_are_not_rate_limited_and_need_no_key()
    {
        using var limited = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:PermitsPerSecond", "0.1")
            .UseSetting("RateLimits:Burst", "1"));
        using var client = limited.CreateClient();

        for (var i = 0; i < 5; i++) (await client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rate_limit_rejection_is_counted_on_metrics(bool shared)
    {
        var tenantId = await api.CreateTenantAsync();
        var key = await api.KeyAsync(tenantId, "consultant");
        using var limited = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:PermitsPerSecond", "0.1")
            .UseSetting("RateLimits:Burst", "2")
            .UseSetting("RateLimits:Shared", shared ? "true" : "false"));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var scraper = limited.CreateClient();

        (await RejectionsAsync(scraper)).ShouldBe(0);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync("/v1/me")).StatusCode);
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);

        // The exporter may answer a scrape from its cache for a moment: wait for the count to move.
        var clock = Stopwatch.StartNew();
        var counted = await RejectionsAsync(scraper);
        while (counted != 3 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(200);
            counted = await RejectionsAsync(scraper);
        }
        counted.ShouldBe(3, "each 429 counts once as a rejection by the global limiter");
    }

    /// aspnetcore_rate_limiting_requests_total with result global_limiter (the API's limiter is the global one).
    private static async Task<double> RejectionsAsync(HttpClient scraper) =>
        (await scraper.GetStringAsync("/metrics")).Split('\n')
            .Where(line => line.StartsWith("aspnetcore_rate_limiting_requests_total{", StringComparison.Ordinal)
                           && line.Contains("aspnetcore_rate_limiting_result=\"global_limiter\"", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Probes_and_scrapes_are_not_traced_but_are_counted_and_a_v1_request_is_traced()
    {
        var spans = new List<Activity>();
        using var host = api.Factory.WithWebHostBuilder(builder => builder
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        using var client = host.CreateClient();
        var traced = new Dictionary<string, ActivityTraceId>();
        foreach (var path in new[] { "/health/live", "/health/ready", "/metrics", "/v1/vendors" })
        {
            var traceId = ActivityTraceId.CreateRandom();
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            // /v1/vendors without a key: 401, which is traced like any API request.
            (await client.SendAsync(request)).StatusCode.ShouldBe(path.StartsWith("/v1", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
            traced[path] = traceId;
        }

        for (var wait = 0; wait < 50 && !ServerSpan(spans, traced["/v1/vendors"], out _); wait++) await Task.Delay(100);
        ServerSpan(spans, traced["/v1/vendors"], out _).ShouldBeTrue("an API request is traced");
        foreach (var path in new[] { "/health/live", "/health/ready", "/metrics" })
        {
            Snapshot(spans).Where(span => span.TraceId == traced[path]).ShouldBeEmpty($"{path} left spans (its own, or its database's)");
        }
        var metrics = await client.GetStringAsync("/metrics");
        metrics.Split('\n').ShouldContain(line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("http_route=\"/health/live\"", StringComparison.Ordinal), "probes are still counted in metrics");
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans) return [.. spans];
    }

    private static bool ServerSpan(List<Activity> spans, ActivityTraceId traceId, out Activity? span)
    {
        span = Snapshot(spans).FirstOrDefault(candidate => candidate.Kind == ActivityKind.Server && candidate.TraceId == traceId);
        return span is not null;
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly List<(string Category, string Message)> entries = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public IReadOnlyList<string> Lines(string category)
        {
            lock (entries) return [.. entries.Where(entry => entry.Category == category).Select(entry => entry.Message)];
        }

        public IReadOnlyList<string> All()
        {
            lock (entries) return [.. entries.Select(entry => entry.Message)];
        }

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.entries) owner.entries.Add((category, formatter(state, exception) + " " + exception));
            }
        }
    }
}
