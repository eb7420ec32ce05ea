namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Runs every method on the chosen problem's values and weights (no Monte Carlo) and compares each with the chosen one.
/// A method other than the chosen one uses its usual normalisation: the catalog's fixed scale where there is one (weighted
/// sum, AHP), otherwise observed min-max; vector for TOPSIS; VIKOR its own best/worst; PROMETHEE II the raw values with
/// the problem's preference functions.
/// </summary>
internal static class MethodComparison
{
    private static readonly McdaMethod[] All = [McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp, McdaMethod.Vikor, McdaMethod.PrometheeII];

    public static MethodAgreement Compare(Problem chosen, string prometheeSettings)
    {
        var (chosenScores, chosenWinner) = Run(chosen);
        var rows = All.Select(method =>
        {
            var (scores, winner) = method == chosen.Method ? (chosenScores, chosenWinner) : Run(Variant(chosen, method));
            return new MethodAgreementRow(method, winner, winner == chosenWinner, RankCorrelation.KendallTauB(chosenScores, scores), method == chosen.Method);
        }).ToArray();
        var fixedScale = chosen.Normalisation.Kind == NormalisationKind.FixedScale;
        var settings = (fixedScale ? "weighted-sum and ahp on the fixed scale" : "weighted-sum and ahp on observed min-max values")
                       + "; topsis with vector normalisation; vikor with v = " + chosen.VikorV.ToString(System.Globalization.CultureInfo.InvariantCulture)
                       + "; promethee-ii with " + prometheeSettings + "; the chosen method exactly as asked; no Monte Carlo.";
        return new MethodAgreement(rows, rows.All(r => r.SameWinner), RankCorrelation.Description, settings);
    }

    private static (double[] Scores, string? Winner) Run(Problem problem)
    {
        int m = problem.M, n = problem.N;
        if (m == 0)
        {
            return ([], null);
        }

        var scores = new double[m];
        ScoringKernel.Score(problem, problem.Values, problem.Weights, m, scores, new double[m * n], new double[n], new double[n]);
        return (scores, problem.AlternativeIds[SensitivityAnalysis.Rank(problem, problem.Weights)[0]]);
    }

    private static Problem Variant(Problem problem, McdaMethod method)
    {
        var fixedScale = problem.Normalisation.Kind == NormalisationKind.FixedScale;
        var normalisation = method switch
        {
            McdaMethod.Topsis => new Normalisation(NormalisationKind.Vector),
            McdaMethod.Vikor => new Normalisation(NormalisationKind.MinMax),
            McdaMethod.PrometheeII => new Normalisation(NormalisationKind.None),
            _ => fixedScale ? problem.Normalisation : new Normalisation(NormalisationKind.MinMax),
        };
        return new Problem
        {
            CriterionIds = problem.CriterionIds,
            Benefit = problem.Benefit,
            AlternativeIds = problem.AlternativeIds,
            Values = problem.Values,
            Weights = problem.Weights,
            Method = method,
            Normalisation = normalisation,
            VikorV = problem.VikorV,
            Preferences = problem.Preferences ?? Enumerable.Repeat(PreferenceFunction.Usual, problem.N).ToArray(),
        };
    }
}
