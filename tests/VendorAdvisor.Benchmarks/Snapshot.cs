using System.Text;
using System.Text.Json;
using VendorAdvisor.Domain;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Benchmarks;

/// <summary>
/// Every figure the engine gives for a fixed set of inputs, as JSON, one line per case:
/// `dotnet run -c Release --project tests/VendorAdvisor.Benchmarks -- snapshot FILE`. Run it before and after a
/// change meant to be invisible (a faster loop, a cheaper search) and compare the two files byte for byte.
/// Cases: every seed profile with every method, with and without samples; random matrices (fixed seed) of several
/// sizes with every method, uncertainty and a Monte Carlo.
/// </summary>
internal static class Snapshot
{
    public static void Write(string path)
    {
        var seeds = Seeds.Find();
        var catalog = CatalogJson.Parse(File.ReadAllText(Path.Combine(seeds, "catalog.json")));
        var regulations = RegulationCatalogJson.Parse(File.ReadAllText(Path.Combine(seeds, "regulations.json")));
        var output = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(seeds, "profiles"), "*.json").Order(StringComparer.Ordinal))
        {
            var profile = JsonSerializer.Deserialize<ClientProfile>(File.ReadAllText(file), DomainJson.Options)!;
            foreach (var method in Enum.GetValues<McdaMethod>())
            {
                foreach (var (samples, adaptive) in new[] { (0, false), (2_000, false), (10_000, true) })
                {
                    var options = new AnalysisOptions { Method = method, Samples = samples, Seed = 1, AdaptiveSamples = adaptive };
                    Line(output, $"{Path.GetFileName(file)} {method} {samples} {adaptive}", () => RegulatedAdvisor.Recommend(profile, catalog, regulations, options));
                }
            }
        }

        var random = new Random(20261128);
        foreach (var (m, n) in new[] { (2, 2), (3, 4), (4, 4), (4, 6), (6, 5), (8, 8), (12, 7) })
        {
            for (var round = 0; round < 6; round++)
            {
                var criteria = Enumerable.Range(0, n).Select(j => new DecisionCriterion($"c{j}", random.Next(4) != 0)).ToArray();
                // Some cases on a coarse grid, so that ties and near-ties are exercised too.
                var coarse = round % 2 == 0;
                double Value() => coarse ? random.Next(1, 6) : Math.Round(random.NextDouble() * 100, 3);
                var alternatives = Enumerable.Range(0, m).Select(i => new DecisionAlternative($"a{i}",
                    criteria.ToDictionary(c => c.Id, _ => Value()),
                    criteria.ToDictionary(c => c.Id, _ => coarse ? 0.5 : random.NextDouble() * 5))).ToArray();
                var weights = criteria.ToDictionary(c => c.Id, _ => (double)random.Next(1, 10));
                foreach (var method in Enum.GetValues<McdaMethod>())
                {
                    var request = new DecisionRequest(criteria, alternatives, weights, Method: method, Samples: round < 3 ? 0 : 500, Seed: (ulong)round);
                    Line(output, $"matrix {m}x{n} round {round} {method}", () => DecisionEngine.Analyze(request));
                }
            }
        }

        File.WriteAllText(path, output.ToString());
        Console.WriteLine($"{output.ToString().Count(c => c == '\n')} cases written to {path}");
    }

    private static void Line(StringBuilder output, string name, Func<object> run)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(run(), DomainJson.Options);
        }
        catch (DecisionInputException e)
        {
            json = "rejected: " + e.Message;
        }

        output.Append(name).Append('\t').Append(json).Append('\n');
    }
}
