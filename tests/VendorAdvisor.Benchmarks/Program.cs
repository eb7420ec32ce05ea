using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(VendorAdvisor.Benchmarks.EngineBenchmarks).Assembly).Run(args);
