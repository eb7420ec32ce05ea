using BenchmarkDotNet.Running;

if (args is ["breakdown", ..])
{
    VendorAdvisor.Benchmarks.Breakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

if (args is ["snapshot", var file])
{
    VendorAdvisor.Benchmarks.Snapshot.Write(file);
    return;
}

// Marten alone recording recommendations, the floor under the API's rate (scripts/bench-recommendations.sh runs it).
if (args is ["marten-floor", var connectionString, var tenant, var warmup, var seconds, var connections, .. var profiles])
{
    await VendorAdvisor.Benchmarks.MartenFloor.RunAsync(connectionString, tenant,
        TimeSpan.FromSeconds(int.Parse(warmup, System.Globalization.CultureInfo.InvariantCulture)),
        TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
        int.Parse(connections, System.Globalization.CultureInfo.InvariantCulture), [.. profiles.Select(Guid.Parse)]);
    return;
}

// A steady loop of whole issues for a profiler to attach to: `-- loop [seconds]`.
if (args is ["loop", ..])
{
    var inputs = VendorAdvisor.Benchmarks.IssueRecommendationBenchmarks.Inputs.Load();
    var until = DateTime.UtcNow.AddSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    while (DateTime.UtcNow < until)
    {
        VendorAdvisor.Benchmarks.IssueRecommendationBenchmarks.Inputs.Serialise(inputs.Issue(inputs.Recommend()));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(VendorAdvisor.Benchmarks.EngineBenchmarks).Assembly).Run(args);
