using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.TestSupport;

/// <summary>Short-hand for generic decision requests written as tables.</summary>
public static class Problems
{
    public static DecisionRequest Table(
        string[] criteria,
        double[][] rows,
        double[]? weights = null,
        bool[]? benefit = null,
        McdaMethod method = McdaMethod.WeightedSum,
        Normalisation? normalisation = null,
        double[][]? uncertainty = null,
        int samples = 0,
        string[]? ids = null)
    {
        var alternatives = rows.Select((row, i) => new DecisionAlternative(
            ids?[i] ?? $"A{i + 1}",
            criteria.Select((c, j) => (c, row[j])).ToDictionary(x => x.c, x => x.Item2),
            uncertainty is null ? null : criteria.Select((c, j) => (c, uncertainty[i][j])).ToDictionary(x => x.c, x => x.Item2))).ToArray();
        return new DecisionRequest(
            criteria.Select((c, j) => new DecisionCriterion(c, benefit?[j] ?? true)).ToArray(),
            alternatives,
            weights is null ? null : criteria.Select((c, j) => (c, weights[j])).ToDictionary(x => x.c, x => x.Item2),
            Method: method,
            Normalisation: normalisation,
            Samples: samples);
    }

    public static double Score(this DecisionAnalysis analysis, string alternative) =>
        analysis.Ranking.Single(r => r.Alternative == alternative).Score;

    public static int Rank(this DecisionAnalysis analysis, string alternative) =>
        analysis.Ranking.Single(r => r.Alternative == alternative).Rank;

    public static string[] Order(this DecisionAnalysis analysis) => analysis.Ranking.Select(r => r.Alternative).ToArray();
}
