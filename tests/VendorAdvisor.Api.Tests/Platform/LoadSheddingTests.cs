using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Tests.Platform;

/// The bound on requests in flight (README, Configuration: Load:*) and the Server-Timing header that shows,
/// from the server's side, how long a request waited for admission and then took.
[Collection(ApiTests.Name)]
public sealed partial class LoadSheddingTests(ApiFixture api)
{
    private const string Evaluation = """{"name":"What if","sector":"gaming","origin":"domestic","samples":100}""";

    [GeneratedRegex(@"^queue;dur=(?<queue>\d+(\.\d+)?)(, app;dur=(?<app>\d+(\.\d+)?))?$")]
    private static partial Regex ServerTiming();

    /// The two durations of the header, in milliseconds; app is null when the request was not admitted.
    private static (double Queue, double? App) Timing(HttpResponseMessage response)
    {
        response.Headers.TryGetValues(LoadShedding.TimingHeader, out var values).ShouldBeTrue("a Server-Timing header");
        var match = ServerTiming().Match(values!.Single());
        match.Success.ShouldBeTrue(values!.Single());
        var app = match.Groups["app"];
        return (double.Parse(match.Groups["queue"].Value, CultureInfo.InvariantCulture),
            app.Success ? double.Parse(app.Value, CultureInfo.InvariantCulture) : null);
    }

    [Fact]
    public async Task An_admitted_request_reports_its_wait_and_its_work_within_what_the_client_saw()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync("/v1/evaluate", new StringContent(Evaluation, Encoding.UTF8, "application/json"));
        var seen = clock.Elapsed.TotalMilliseconds;

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var (queue, app) = Timing(response);
        queue.ShouldBeGreaterThanOrEqualTo(0);
        app.ShouldNotBeNull();
        app.Value.ShouldBeGreaterThan(0, "an evaluation takes some time");
        (queue + app.Value).ShouldBeLessThanOrEqualTo(seen, "the server measures inside the client's round trip");
        // Refusals before authentication are timed too, and health is never under the limit.
        Timing(await api.Anonymous().GetAsync("/v1/me")).App.ShouldNotBeNull();
        (await api.Anonymous().GetAsync("/health/live")).Headers.Contains(LoadShedding.TimingHeader).ShouldBeFalse();
    }

    [Fact]
    public async Task Beyond_the_limit_a_request_is_refused_with_503_problem_json_and_retry_after_while_the_admitted_one_completes()
    {
        var key = await api.KeyAsync(await api.CreateTenantAsync(), "consultant");
        using var node = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Load:MaxConcurrentRequests", "1").UseSetting("Load:QueueLength", "0"));
        var client = Unbuffered(node, key);
        var limit = node.Services.GetRequiredService<LoadLimit>();
        (limit.Permits, limit.QueueLength).ShouldBe((1, 0), "this node's settings, not the shared test host's");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Admitted on its headers, it holds the one permit while its body is held back.
        var admitted = client.PostAsync("/v1/evaluate", new HeldBackContent(Evaluation, release.Task));
        using (var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (limit.InFlight < 1) await Task.Delay(10, waiting.Token);
        }
        var refused = await client.GetAsync("/v1/me");
        var health = await node.CreateClient().GetAsync("/health/ready");
        release.SetResult();
        var completed = await admitted;

        var problem = await refused.ShouldBeProblemAsync(503);
        ((string)problem["detail"]!).ShouldContain("at capacity");
        refused.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(LoadShedding.RetryAfterSeconds));
        Timing(refused).App.ShouldBeNull("a refused request did no work");
        health.StatusCode.ShouldBe(HttpStatusCode.OK, "health is never shed");
        completed.StatusCode.ShouldBe(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        Timing(completed).App.ShouldNotBeNull();
        limit.InFlight.ShouldBe(0);
        (await client.GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the permit came back");
        var metrics = (await node.CreateClient().GetStringAsync("/metrics")).Split('\n');
        metrics.ShouldContain(line => line.StartsWith("vendoradvisor_load_admission_duration_seconds_count{", StringComparison.Ordinal)
            && line.Contains("outcome=\"shed\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_queued_request_is_admitted_when_the_permit_comes_back_and_reports_its_wait()
    {
        var key = await api.KeyAsync(await api.CreateTenantAsync(), "consultant");
        using var node = api.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Load:MaxConcurrentRequests", "1").UseSetting("Load:QueueLength", "1")
            .UseSetting("Load:QueueTimeoutMilliseconds", "60000"));
        var client = Unbuffered(node, key);
        var limit = node.Services.GetRequiredService<LoadLimit>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = client.PostAsync("/v1/evaluate", new HeldBackContent(Evaluation, release.Task));
        using (var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (limit.InFlight < 1) await Task.Delay(10, waiting.Token);
        }
        var queued = client.GetAsync("/v1/me");
        using (var waiting = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (limit.Queued < 1) await Task.Delay(10, waiting.Token);
        }
        var clock = Stopwatch.StartNew();
        var third = await client.GetAsync("/v1/me"); // the queue is full: refused without waiting
        var refusedAfter = clock.Elapsed;
        release.SetResult();

        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await queued;
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        third.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refusedAfter.ShouldBeLessThan(TimeSpan.FromSeconds(30), "refused at once, not after the queue's timeout");
        var (queue, app) = Timing(second);
        app.ShouldNotBeNull();
        queue.ShouldBeGreaterThan(0, "it waited for the first request's permit");
    }

    /// The test server's own client: the factory's default one buffers a request body (to replay it on a redirect),
    /// which would hold the whole request back rather than only its body.
    private static HttpClient Unbuffered(WebApplicationFactory<Program> node, string key)
    {
        var client = node.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// A JSON body whose bytes are sent only once the test says so; its length is known up front, so the server
    /// starts the request (and admits it) on its headers.
    private sealed class HeldBackContent : HttpContent
    {
        private readonly byte[] body;
        private readonly Task release;

        public HeldBackContent(string json, Task release)
        {
            body = Encoding.UTF8.GetBytes(json);
            this.release = release;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await release;
            await stream.WriteAsync(body);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
