namespace VendorAdvisor.Api.Tests.Reports;

/// Files a test keeps for people to look at (screenshots, PDFs): under .test-results/ at the repository's top
/// level, where `make test` also writes its result files.
public static class TestOutput
{
    public static string Directory(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "VendorAdvisor.sln"))) dir = dir.Parent;
        var path = System.IO.Path.Combine(dir?.FullName ?? System.IO.Path.GetTempPath(), ".test-results", name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
