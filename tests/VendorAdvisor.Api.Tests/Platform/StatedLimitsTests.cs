using System.Globalization;
using System.Text.Json.Nodes;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Tests.Platform;

/// Every limit is a constant of the domain; the OpenAPI descriptions and the README, which state it in words, must
/// state the constant's value: changing a limit fails here until the documents say the same.
[Collection(ApiTests.Name)]
public sealed class StatedLimitsTests(ApiFixture api)
{
    private static readonly string MaxSamples = DecisionEngine.MaxSamples.ToString(CultureInfo.InvariantCulture);

    private static string Grouped(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string BudgetExample => FormattableString.Invariant(
        $"with {DecisionEngine.MaxAlternatives} alternatives and {DecisionEngine.MaxCriteria} criteria: {Grouped(DecisionEngine.MaxSamplesFor(DecisionEngine.MaxCriteria, DecisionEngine.MaxAlternatives))} samples");

    [Fact]
    public async Task The_openapi_descriptions_state_the_domains_limits()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        var properties = Properties(document).ToArray();

        string[] Described(string name, string opening) =>
            [.. properties.Where(p => p.Name == name && p.Description.StartsWith(opening, StringComparison.Ordinal)).Select(p => p.Description)];

        var samples = Described("samples", "Monte Carlo samples");
        samples.Length.ShouldBeGreaterThanOrEqualTo(3, "analyses, recommendations and what-ifs describe samples");
        samples.ShouldAllBe(d => d.Contains($"0 to {MaxSamples}", StringComparison.Ordinal));
        samples.ShouldContain(d => d.Contains(Grouped(DecisionEngine.WorkBudget), StringComparison.Ordinal) && d.Contains(BudgetExample, StringComparison.Ordinal));

        var ids = properties.Where(p => p.Name == "id" && p.Description.StartsWith("Unique among the", StringComparison.Ordinal)).ToArray();
        ids.Length.ShouldBeGreaterThanOrEqualTo(2, "criteria and alternatives describe their ids");
        ids.ShouldAllBe(p => p.Description.Contains($"at most {FieldRules.MaxIdLength} characters", StringComparison.Ordinal));

        var scores = Described("score", "The ").Where(d => d.Contains("(10 is best", StringComparison.Ordinal)).ToArray();
        scores.Length.ShouldBeGreaterThanOrEqualTo(2, "overrides and proposed assessments describe their score");
        scores.ShouldAllBe(d => d.Contains($"{AssessmentScale.Text} (10 is best", StringComparison.Ordinal));

        Described("priorities", "Consultant priorities").ShouldNotBeEmpty();
        Described("priorities", "Consultant priorities").ShouldAllBe(d => d.Contains(
            FormattableString.Invariant($"{KnownIds.MinPriority}..{KnownIds.MaxPriority} per criterion"), StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_states_the_domains_limits()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VendorAdvisor.sln"))) dir = dir.Parent;
        var readme = File.ReadAllText(Path.Combine(dir!.FullName, "README.md")).ReplaceLineEndings(" ");
        while (readme.Contains("  ", StringComparison.Ordinal)) readme = readme.Replace("  ", " ", StringComparison.Ordinal);

        readme.ShouldContain($"score on the scale {AssessmentScale.Text}", Case.Sensitive);
        readme.ShouldContain(FormattableString.Invariant($"at most {DecisionEngine.MaxCriteria} criteria and {DecisionEngine.MaxAlternatives} alternatives"), Case.Sensitive);
        readme.ShouldContain($"ids of at most {FieldRules.MaxIdLength} characters", Case.Sensitive);
        readme.ShouldContain($"`samples` from 0 to {Grouped(DecisionEngine.MaxSamples)}", Case.Sensitive);
        readme.ShouldContain($"at most {Grouped(DecisionEngine.WorkBudget)} ({BudgetExample})", Case.Sensitive);
    }

    /// Every property with a description, wherever it is declared (component schemas and inline request bodies).
    private static IEnumerable<(string Name, string Description)> Properties(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        if (property?["description"] is JsonValue description)
                        {
                            yield return (name, (string)description!);
                        }
                    }
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in Properties(child)) yield return found;
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in Properties(child)) yield return found;
                }

                break;
        }
    }
}
