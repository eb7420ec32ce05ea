using NetArchTest.Rules;

namespace VendorAdvisor.Api.Tests;

/// Dependencies between the host's parts, read from the compiled IL (NetArchTest reads method bodies too, so a
/// type used only inside a method counts).
public sealed class ArchitectureTests
{
    private const string Features = "VendorAdvisor.Api.Features";
    private static readonly System.Reflection.Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void Infrastructure_never_references_Features()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace("VendorAdvisor.Api.Infrastructure")
            .ShouldNot().HaveDependencyOn(Features).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Feature_areas_depend_on_each_other_without_cycles()
    {
        var areas = Api.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(ns => ns[(Features.Length + 1)..].Split('.')[0])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        areas.Count.ShouldBeGreaterThan(5);
        var uses = areas.ToDictionary(area => area, area => areas.Where(other => other != area && Uses(area, other)).ToList());

        Cycle(uses).ShouldBeNull();
    }

    [Fact]
    public void The_profile_decider_knows_neither_the_store_nor_HTTP()
    {
        const string Decider = "^(ProfileDecisions|ProfileDecision|ProfileCommand|ProfileRefusal|Profile)$";
        var decider = Types.InAssembly(Api).That().ResideInNamespace($"{Features}.Profiles").And().HaveNameMatching(Decider);

        decider.GetTypes().Count().ShouldBe(5);
        (decider.ShouldNot().HaveDependencyOnAny("Marten", "Microsoft.AspNetCore", "FastEndpoints").GetResult().FailingTypeNames ?? []).ShouldBeEmpty();
    }

    private static bool Uses(string area, string other) =>
        !Types.InAssembly(Api).That().ResideInNamespace($"{Features}.{area}")
            .ShouldNot().HaveDependencyOn($"{Features}.{other}").GetResult().IsSuccessful;

    /// A cycle as "A -> B -> A", or null; depth-first with the path on a stack.
    private static string? Cycle(Dictionary<string, List<string>> uses)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        string? Visit(string area)
        {
            if (path.Contains(area)) return string.Join(" -> ", path.SkipWhile(a => a != area).Append(area));
            if (!done.Add(area)) return null;
            path.Add(area);
            var found = uses[area].Select(Visit).FirstOrDefault(cycle => cycle is not null);
            path.RemoveAt(path.Count - 1);
            return found;
        }

        return uses.Keys.Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }
}
