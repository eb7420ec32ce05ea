namespace VendorAdvisor.Domain.Scoring;

/// <summary>VIKOR's measures by alternative id (all lower-is-better), DQ = 1/(m - 1), the acceptable advantage (C1) and
/// acceptable stability (C2) conditions, and the compromise set, best first: the advice when C1 or C2 fails.</summary>
public sealed record VikorDetails(
    double V,
    IReadOnlyDictionary<string, double> S,
    IReadOnlyDictionary<string, double> R,
    IReadOnlyDictionary<string, double> Q,
    double DQ,
    bool AcceptableAdvantage,
    bool AcceptableStability,
    IReadOnlyList<string> CompromiseSet)
{
    internal static VikorDetails From(Problem problem)
    {
        int m = problem.M, n = problem.N;
        double[] s = new double[m], r = new double[m], q = new double[m];
        Vikor.Measures(problem.Benefit, problem.Values, problem.Weights, m, new double[m * n], s, r, q, problem.VikorV);
        var result = Vikor.Conclude(s, r, q, problem.VikorV);
        var ids = problem.AlternativeIds;
        IReadOnlyDictionary<string, double> ById(double[] x) => ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => x[p.i], StringComparer.Ordinal);
        return new VikorDetails(problem.VikorV, ById(s), ById(r), ById(q), result.DQ, result.AcceptableAdvantage, result.AcceptableStability,
            result.CompromiseSet.Select(i => ids[i]).ToArray());
    }
}
