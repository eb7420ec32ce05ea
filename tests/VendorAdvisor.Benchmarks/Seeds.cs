namespace VendorAdvisor.Benchmarks;

internal static class Seeds
{
    // The project's own seeds/, found by walking up from wherever BenchmarkDotNet runs the generated host.
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "catalog.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/catalog.json not found above " + AppContext.BaseDirectory);
    }
}
