using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Domain_assembly_references_only_System_assemblies()
    {
        var references = typeof(Advisor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        references.ShouldNotBeEmpty();
        references.ShouldAllBe(name => name == "System" || name.StartsWith("System.", StringComparison.Ordinal));
    }
}
