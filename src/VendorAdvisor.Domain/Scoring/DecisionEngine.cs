using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The engine over any decision matrix: validation, weights, ranking, sensitivity, rank probabilities.</summary>
public static class DecisionEngine
{
    public const string EngineVersion = "1.0.0";
    public const int DefaultSamples = 10_000;

    /// <summary>Default Monte Carlo seed: the last day of Q3 2024, the period of the catalog's market shares.</summary>
    public const ulong DefaultSeed = 20240930;

    public const int MaxCriteria = 50;
    public const int MaxAlternatives = 200;
    public const int MaxSamples = 100_000;

    /// <summary>
    /// The Monte Carlo work budget: <c>samples × alternatives × (criteria + alternatives)</c> may not exceed it.
    /// Each sample draws and scores every cell (alternatives × criteria) and then orders the alternatives (up to
    /// alternatives² comparisons when they are close), so this product tracks the CPU time. Measured on the
    /// reference machine (2-core AMD EPYC 2.1 GHz, Release): 0.4–5.2 ns per unit depending on shape and method
    /// (more for tiny matrices, which hit MaxSamples first), so a Monte Carlo at the budget takes at most about
    /// 0.26 s of one core. With 200 alternatives and 50 criteria that allows 1,000 samples; with 4 vendors and
    /// 6 criteria, all 100,000.
    /// </summary>
    public const long WorkBudget = 50_000_000;

    /// <summary>The Monte Carlo work of a request, in the units of <see cref="WorkBudget"/>.</summary>
    public static long Work(int criteria, int alternatives, int samples) =>
        (long)Math.Max(0, samples) * Math.Max(0, alternatives) * ((long)Math.Max(0, criteria) + Math.Max(0, alternatives));

    /// <summary>The most samples <see cref="WorkBudget"/> allows for a matrix of this size (never above <see cref="MaxSamples"/>).</summary>
    public static int MaxSamplesFor(int criteria, int alternatives)
    {
        var perSample = Work(criteria, alternatives, 1);
        return perSample <= 0 ? MaxSamples : (int)Math.Min(MaxSamples, WorkBudget / perSample);
    }

    /// <summary>Why a sampled request exceeds <see cref="WorkBudget"/>, in words; null when it fits.</summary>
    public static string? WorkBudgetProblem(int criteria, int alternatives, int samples)
    {
        var work = Work(criteria, alternatives, samples);
        return work <= WorkBudget
            ? null
            : Invariant($"{samples:N0} samples over {alternatives} alternatives and {criteria} criteria need {work:N0} units of work (samples × alternatives × (criteria + alternatives)), over the budget of {WorkBudget:N0}; use at most {MaxSamplesFor(criteria, alternatives):N0} samples for a matrix of this size.");
    }

    /// <summary>Ranks the alternatives. Raw values may have any finite magnitude. Throws <see cref="DecisionInputException"/>
    /// (never anything else) for input it cannot decide on, including a Monte Carlo over <see cref="WorkBudget"/>, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled. Every number in
    /// the answer is finite.</summary>
    public static DecisionAnalysis Analyze(DecisionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var warnings = new List<string>();
        var (problem, declared, exponents, source, ahp, preferences, objective) = ProblemBuilder.FromRequest(request, warnings);
        cancellationToken.ThrowIfCancellationRequested();
        var order = SensitivityAnalysis.Rank(problem, problem.Weights);
        var uncertain = problem.Uncertainty is not null && request.Samples > 0;
        var outcome = uncertain ? MonteCarlo.Run(problem, request.Samples, request.Seed, cancellationToken: cancellationToken) : null;
        var ranking = Ranking(problem, order, outcome);
        if (declared.Kind == NormalisationKind.None && problem.Method == McdaMethod.WeightedSum && exponents.Length > 0 && exponents[0] != 0)
        {
            // Raw weighted-sum scores are in the caller's units: undo the common scale (PROMETHEE's flows have none).
            var e = exponents[0];
            ranking = ranking.Select(r => r with
            {
                Score = Math.ScaleB(r.Score, e),
                Contributions = r.Contributions.ToDictionary(c => c.Key, c => Math.ScaleB(c.Value, e), StringComparer.Ordinal),
            }).ToArray();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var sensitivity = SensitivityAnalysis.Analyze(problem, order, cancellationToken);
        var weights = problem.CriterionIds.Select((id, j) => new CriterionWeightUsed(id, problem.Weights[j])).ToArray();
        var summary = outcome is null ? null : new UncertaintySummary(outcome.Samples, outcome.Seed, PortableNormal.Description, ClampDescription(problem, declared, exponents));
        var analysis = new DecisionAnalysis(
            problem.Method, declared, ranking, weights, source, ahp, sensitivity, summary, warnings,
            EngineVersion, TieBreak.Rule,
            MethodComparison.Compare(problem, "the preference functions given (usual where none)"),
            problem.Method == McdaMethod.Vikor ? VikorDetails.From(problem) : null,
            problem.Method == McdaMethod.PrometheeII ? PrometheeDetails.From(problem, preferences) : null,
            objective);
        return IsFinite(analysis)
            ? analysis
            : throw new DecisionInputException("the values are too extreme to be computed in double precision: some result is not a finite number. Bring them into a narrower range.");
    }

    private static bool IsFinite(DecisionAnalysis analysis) =>
        analysis.Ranking.All(r => double.IsFinite(r.Score) && r.Contributions.Values.All(double.IsFinite)
                                  && (r.ProbabilityFirst is not { } p || double.IsFinite(p))
                                  && (r.RankProbabilities ?? []).All(double.IsFinite))
        && analysis.Weights.All(w => double.IsFinite(w.Weight))
        && (analysis.AhpConsistency is not { } ahp
            || (ahp.Weights.All(double.IsFinite) && double.IsFinite(ahp.LambdaMax) && double.IsFinite(ahp.ConsistencyIndex) && double.IsFinite(ahp.ConsistencyRatio)))
        && analysis.Sensitivity.Weights.All(s => double.IsFinite(s.Weight) && double.IsFinite(s.LowerBound) && double.IsFinite(s.UpperBound))
        && (analysis.Sensitivity.SmallestWinnerChange is not { } change
            || (double.IsFinite(change.FromWeight) && double.IsFinite(change.ToWeight) && double.IsFinite(change.Change)));

    internal static string ClampDescription(Problem problem) =>
        double.IsInfinity(problem.SampleMin) && double.IsInfinity(problem.SampleMax)
            ? "samples are not clamped"
            : string.Create(CultureInfo.InvariantCulture, $"samples clamped to [{problem.SampleMin}, {problem.SampleMax}]");

    /// <summary>The clamping in the caller's units (the problem's bounds apply to the rescaled values).</summary>
    private static string ClampDescription(Problem problem, Normalisation declared, int[] exponents)
    {
        switch (declared.Kind)
        {
            case NormalisationKind.FixedScale:
                return string.Create(CultureInfo.InvariantCulture, $"samples clamped to [{declared.ScaleMin}, {declared.ScaleMax}]");
            case NormalisationKind.Sum:
                {
                    var costs = Enumerable.Range(0, problem.N).Where(j => !problem.Benefit[j])
                        .Select(j => string.Create(CultureInfo.InvariantCulture, $"{problem.CriterionIds[j]} {Math.ScaleB(Magnitudes.RelativeSumCostClamp, exponents[j]):G3}"))
                        .ToArray();
                    return costs.Length == 0
                        ? "samples clamped below at 0, because the distributive normalisation needs non-negative values; not clamped above"
                        : "samples clamped below at 0 for benefit criteria and, for cost criteria, at 1e-9 times the power of two at or below the criterion's smallest value ("
                          + string.Join(", ", costs)
                          + "), because the distributive normalisation needs non-negative values and positive costs; not clamped above";
                }

            default:
                return "samples are not clamped";
        }
    }

    internal static RankedAlternative[] Ranking(Problem problem, int[] order, MonteCarloOutcome? outcome)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        var cells = new double[m * n];
        ScoringKernel.Score(problem, problem.Values, problem.Weights, m, scores, cells, new double[n], new double[n]);
        var result = new RankedAlternative[m];
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            var contributions = new Dictionary<string, double>(n, StringComparer.Ordinal);
            for (var j = 0; j < n; j++)
            {
                contributions[problem.CriterionIds[j]] = cells[(i * n) + j];
            }

            result[rank] = new RankedAlternative(
                problem.AlternativeIds[i], rank + 1, scores[i], contributions,
                outcome?.ProbabilityFirst[i], outcome?.RankProbabilities[i]);
        }

        return result;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
