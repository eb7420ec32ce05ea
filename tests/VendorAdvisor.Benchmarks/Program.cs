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
