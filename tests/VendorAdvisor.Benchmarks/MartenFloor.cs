using System.Diagnostics;
using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Benchmarks;

/// <summary>
/// The floor under issue 9's ratio: what Marten alone, the store the API itself builds, costs to record
/// one recommendation, with no HTTP, no engine and no read model. Each of N concurrent loops takes a profile at random,
/// locks its stream and reads its snapshot (<c>FetchForExclusiveWriting</c>), appends a recommendation_issued event as
/// large as the API's (computed once per profile before the clock starts) and saves, which also updates the inline
/// snapshot. scripts/bench-recommendations.sh runs it beside the API and the pgbench baseline:
/// <c>-- marten-floor CONNECTION_STRING TENANT WARMUP_SECONDS SECONDS CONNECTIONS PROFILE_ID...</c> (the tenant and its profiles made
/// through the API). With the tenant <c>bare</c>, the same work on a Marten store with none of the API's set-up (see
/// <see cref="RunBareAsync"/>), in a schema of its own that the run makes and removes. Prints START when the timed run begins, then one line in the load script's format,
/// <c>RESULT rps=.. p50_ms=.. p99_ms=.. responses=..</c>, plus the process's own CPU per save.
/// </summary>
internal static class MartenFloor
{
    public static async Task RunAsync(string connectionString, string tenant, TimeSpan warmup, TimeSpan duration, int connections, Guid[] profiles)
    {
        if (tenant == "bare")
        {
            await RunBareAsync(connectionString, warmup, duration, connections);
            return;
        }

        // The API's own host (its Program, in process, no socket), so the store is exactly the one the API builds. The
        // factory finds the entry point in the assembly of the type it is given; this project has a Program of its own.
        // Its content root is this output directory, which holds the API's settings files (the factory would otherwise
        // look for a source folder named after the assembly).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VENDORADVISOR_API", AppContext.BaseDirectory);
        await using var api = new WebApplicationFactory<TenantRegistry>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:" + MartenSetup.ConnectionStringName, connectionString)
            .UseSetting("Admin:ApiKey", "va_admin_floor_" + Guid.NewGuid().ToString("N"))
            .ConfigureLogging(logging => logging.ClearProviders()));
        var store = api.Services.GetRequiredService<IDocumentStore>();

        await Measure(() => store.LightweightSession(tenant), profiles, connections, warmup, duration);
    }

    /// <summary>Marten with nothing of the API's set-up: one tenant, no metadata columns, no partitions, Npgsql's defaults
    /// unless the connection string says otherwise; the same snapshot projection and the same event.</summary>
    private static async Task RunBareAsync(string connectionString, TimeSpan warmup, TimeSpan duration, int connections)
    {
        await using var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = "bench_floor_bare";
            options.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, Weasel.Core.Casing.CamelCase, json => Api.Infrastructure.ApiJson.Configure(json));
            options.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsGuid;
            options.Projections.Snapshot<Profile>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
            options.Events.MapEventType<ProfileCreated>("profile_created");
            options.Events.MapEventType<RecommendationIssued>("recommendation_issued");
        });
        await store.Advanced.Clean.CompletelyRemoveAllAsync();
        var profiles = Enumerable.Range(0, 64).Select(_ => Guid.CreateVersion7()).ToArray();
        var seed = IssueRecommendationBenchmarks.Inputs.Load().Profile;
        await using (var session = store.LightweightSession())
        {
            foreach (var id in profiles) session.Events.StartStream<Profile>(id, new ProfileCreated(id, seed));
            await session.SaveChangesAsync();
        }

        await Measure(() => store.LightweightSession(), profiles, connections, warmup, duration);
        await store.Advanced.Clean.CompletelyRemoveAllAsync();
    }

    private static async Task Measure(Func<IDocumentSession> open, Guid[] profiles, int connections, TimeSpan warmup, TimeSpan duration)
    {
        // Each profile's recommendation is scored once, before the clock starts: the floor measures the store alone.
        var inputs = IssueRecommendationBenchmarks.Inputs.Load();
        var events = new Dictionary<Guid, RecommendationIssued>();
        foreach (var id in profiles)
        {
            await using var session = open();
            var profile = await session.Events.AggregateStreamAsync<Profile>(id) ?? throw new InvalidOperationException($"No profile {id}.");
            events[id] = ProfileDecisions.Decide(profile, new ProfileCommand.IssueRecommendation(id, Guid.CreateVersion7(), inputs.Options,
                inputs.Catalog.Version.ToString(), inputs.Catalog, inputs.Regulations, DateTimeOffset.UtcNow, "floor (consultant)")).Only<RecommendationIssued>();
        }

        await Loops(open, profiles, events, connections, warmup);
        Console.WriteLine("START"); // the script reads PostgreSQL's CPU here and at RESULT
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var latencies = await Loops(open, profiles, events, connections, duration);
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * p))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT rps={latencies.Count / elapsed:F1} p50_ms={Percentile(0.50):F2} p99_ms={Percentile(0.99):F2} responses={latencies.Count} non2xx=0 socket_errors=0 statuses=saved:{latencies.Count} cpu_ms_per_save={cpuMs / Math.Max(1, latencies.Count):F3}"));
        // The pool's connections stay open a moment: the script reads PostgreSQL's CPU from its live processes at RESULT,
        // and a backend that has just exited is counted nowhere until the postmaster reaps it.
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    private static async Task<List<double>> Loops(
        Func<IDocumentSession> open, Guid[] profiles, Dictionary<Guid, RecommendationIssued> events, int connections, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, connections).Select(async loop =>
        {
            var random = new Random(loop);
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var id = profiles[random.Next(profiles.Length)];
                var start = Stopwatch.GetTimestamp();
                await using (var session = open())
                {
                    var stream = await session.Events.FetchForExclusiveWriting<Profile>(id);
                    stream.AppendOne(events[id] with { RecommendationId = Guid.CreateVersion7() });
                    await session.SaveChangesAsync();
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return latencies;
        }).ToArray();
        return [.. (await Task.WhenAll(loops)).SelectMany(l => l)];
    }
}
