namespace VendorAdvisor.Domain.Scoring;

/// <summary>PROMETHEE's flows by alternative id (leaving φ+, entering φ-, net φ = the score) and the preference function
/// used on each criterion, thresholds in the caller's units.</summary>
public sealed record PrometheeDetails(
    IReadOnlyDictionary<string, double> Leaving,
    IReadOnlyDictionary<string, double> Entering,
    IReadOnlyDictionary<string, double> Net,
    IReadOnlyDictionary<string, PreferenceFunction> PreferenceFunctions)
{
    internal static PrometheeDetails From(Problem problem, IReadOnlyList<PreferenceFunction> declared)
    {
        int m = problem.M, n = problem.N;
        var rows = Enumerable.Range(0, m).Select(i => (IReadOnlyList<double>)problem.Values.AsSpan(i * n, n).ToArray()).ToArray();
        var flows = Promethee.Flows(rows, problem.Benefit, problem.Weights, problem.Preferences!);
        // The net flow exactly as the ranking's score is computed, to the last digit.
        var net = new double[m];
        Promethee.Score(problem.Benefit, problem.Preferences!, problem.Values, problem.Weights, m, net, new double[m * n]);
        var ids = problem.AlternativeIds;
        IReadOnlyDictionary<string, double> ById(IReadOnlyList<double> x) => ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => x[p.i], StringComparer.Ordinal);
        return new PrometheeDetails(ById(flows.Leaving), ById(flows.Entering), ById(net),
            problem.CriterionIds.Select((id, j) => (id, j)).ToDictionary(p => p.id, p => declared[p.j], StringComparer.Ordinal));
    }
}
