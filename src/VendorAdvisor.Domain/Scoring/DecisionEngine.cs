using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

public sealed record DecisionCriterion(string Id, bool Benefit = true);

/// <summary>An alternative's raw values (any magnitude) and, optionally, their standard deviations.</summary>
public sealed record DecisionAlternative(
    string Id,
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyDictionary<string, double>? Uncertainty = null);

/// <summary>A generic decision problem. Give <see cref="Weights"/> or <see cref="PairwiseMatrix"/> (rows and
/// columns in the order of <see cref="Criteria"/>), or neither for equal weights.</summary>
public sealed record DecisionRequest(
    IReadOnlyList<DecisionCriterion> Criteria,
    IReadOnlyList<DecisionAlternative> Alternatives,
    IReadOnlyDictionary<string, double>? Weights = null,
    IReadOnlyList<IReadOnlyList<double>>? PairwiseMatrix = null,
    McdaMethod Method = McdaMethod.WeightedSum,
    Normalisation? Normalisation = null,
    int Samples = DecisionEngine.DefaultSamples,
    ulong Seed = DecisionEngine.DefaultSeed,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<double>>>? AlternativeComparisons = null);

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
        var (problem, declared, exponents, source, ahp) = Build(request, warnings);
        cancellationToken.ThrowIfCancellationRequested();
        var order = SensitivityAnalysis.Rank(problem, problem.Weights);
        var uncertain = problem.Uncertainty is not null && request.Samples > 0;
        var outcome = uncertain ? MonteCarlo.Run(problem, request.Samples, request.Seed, cancellationToken: cancellationToken) : null;
        var ranking = Ranking(problem, order, outcome);
        if (declared.Kind == NormalisationKind.None && exponents.Length > 0 && exponents[0] != 0)
        {
            // Raw scores are in the caller's units: undo the common scale.
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
            EngineVersion, TieBreak.Rule);
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

    private static (Problem Problem, Normalisation Declared, int[] Exponents, string Source, AhpWeights? Ahp) Build(DecisionRequest request, List<string> warnings)
    {
        var criteria = request.Criteria ?? throw new DecisionInputException("criteria are required.");
        var alternatives = request.Alternatives ?? throw new DecisionInputException("alternatives are required.");
        if (criteria.Count == 0)
        {
            throw new DecisionInputException("at least one criterion is required.");
        }

        if (alternatives.Count == 0)
        {
            throw new DecisionInputException("at least one alternative is required.");
        }

        if (criteria.Count > MaxCriteria || alternatives.Count > MaxAlternatives)
        {
            throw new DecisionInputException(Invariant($"at most {MaxCriteria} criteria and {MaxAlternatives} alternatives are supported."));
        }

        if (request.Samples is < 0 or > MaxSamples)
        {
            throw new DecisionInputException(Invariant($"samples must be between 0 and {MaxSamples}."));
        }

        if (request.Samples > 0 && alternatives.Any(a => a?.Uncertainty is { Count: > 0 })
            && WorkBudgetProblem(criteria.Count, alternatives.Count, request.Samples) is { } overBudget)
        {
            throw new DecisionInputException(overBudget);
        }

        var criterionIds = UniqueIds(criteria.Select(c => c?.Id), "criterion");
        var alternativeIds = UniqueIds(alternatives.Select(a => a?.Id), "alternative");
        var index = criterionIds.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => x.j, StringComparer.Ordinal);
        int m = alternatives.Count, n = criteria.Count;
        var values = new double[m * n];
        double[]? uncertainty = null;
        for (var i = 0; i < m; i++)
        {
            var alternative = alternatives[i];
            var scores = alternative.Scores ?? throw new DecisionInputException($"alternative '{alternative.Id}' has no scores.");
            foreach (var key in scores.Keys.Where(k => !index.ContainsKey(k)))
            {
                throw new DecisionInputException($"alternative '{alternative.Id}' scores unknown criterion '{key}'.");
            }

            for (var j = 0; j < n; j++)
            {
                var found = scores.TryGetValue(criterionIds[j], out var x);
                if (!found && request.AlternativeComparisons?.ContainsKey(criterionIds[j]) == true)
                {
                    // Pairwise comparisons decide this criterion; a score would not be read.
                    continue;
                }

                if (!found || !double.IsFinite(x))
                {
                    throw new DecisionInputException($"alternative '{alternative.Id}' needs a finite score for criterion '{criterionIds[j]}'.");
                }

                values[(i * n) + j] = x;
            }

            if (alternative.Uncertainty is { Count: > 0 } sd)
            {
                uncertainty ??= new double[m * n];
                foreach (var (key, s) in sd)
                {
                    if (!index.TryGetValue(key, out var j))
                    {
                        throw new DecisionInputException($"alternative '{alternative.Id}' gives uncertainty for unknown criterion '{key}'.");
                    }

                    if (!double.IsFinite(s) || s < 0)
                    {
                        throw new DecisionInputException($"alternative '{alternative.Id}' has an uncertainty for '{key}' that is not a finite non-negative number.");
                    }

                    uncertainty[(i * n) + j] = s;
                }
            }
        }

        var method = request.Method;
        var normalisation = request.Normalisation ?? Normalisation.DefaultFor(method);
        var benefit = criteria.Select(c => c.Benefit).ToArray();
        CheckNormalisation(method, normalisation, values, benefit, criterionIds, m);
        var (weights, source, ahp) = Weights(request, criterionIds, warnings);
        var fixedPriorities = AlternativePriorities(request, method, criterionIds, alternativeIds, warnings);
        // Values of any finite magnitude: an exact power-of-two rescale per criterion (see Magnitudes).
        var exponents = Magnitudes.Exponents(normalisation, values, uncertainty, benefit, criterionIds, m);
        Magnitudes.Scale(values, exponents);
        if (uncertainty is not null)
        {
            Magnitudes.Scale(uncertainty, exponents);
        }

        var scaled = normalisation;
        double sampleMin = double.NegativeInfinity, sampleMax = double.PositiveInfinity;
        double[]? columnSampleMin = null;
        if (normalisation.Kind == NormalisationKind.FixedScale)
        {
            sampleMin = Math.ScaleB(normalisation.ScaleMin!.Value, -exponents[0]);
            sampleMax = Math.ScaleB(normalisation.ScaleMax!.Value, -exponents[0]);
            scaled = normalisation with { ScaleMin = sampleMin, ScaleMax = sampleMax };
        }
        else if (normalisation.Kind == NormalisationKind.Sum)
        {
            // Benefits need only be non-negative; a cost is read as 1/x, so it stays above a tiny fraction of its
            // criterion's scale (the rescaled smallest cost lies in [1, 2)).
            columnSampleMin = benefit.Select(b => b ? 0 : Magnitudes.RelativeSumCostClamp).ToArray();
        }

        var problem = new Problem
        {
            CriterionIds = criterionIds,
            Benefit = benefit,
            AlternativeIds = alternativeIds,
            Values = values,
            Uncertainty = uncertainty,
            Weights = weights,
            Method = method,
            Normalisation = scaled,
            FixedLocalPriorities = fixedPriorities,
            SampleMin = sampleMin,
            SampleMax = sampleMax,
            ColumnSampleMin = columnSampleMin,
        };
        return (problem, normalisation, exponents, source, ahp);
    }

    private static string[] UniqueIds(IEnumerable<string?> ids, string what)
    {
        var result = ids.Select(id => string.IsNullOrWhiteSpace(id) ? throw new DecisionInputException($"every {what} needs a non-empty id.") : id).ToArray();
        var duplicate = result.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? result : throw new DecisionInputException($"{what} id '{duplicate.Key}' appears more than once.");
    }

    internal static void CheckNormalisation(McdaMethod method, Normalisation normalisation, double[] values, bool[] benefit, string[] criterionIds, int m)
    {
        var n = criterionIds.Length;
        var kind = normalisation.Kind;
        var allowed = method switch
        {
            McdaMethod.Topsis => kind == NormalisationKind.Vector,
            McdaMethod.Ahp => kind is NormalisationKind.FixedScale or NormalisationKind.MinMax or NormalisationKind.Sum,
            _ => kind is NormalisationKind.None or NormalisationKind.FixedScale or NormalisationKind.MinMax or NormalisationKind.Sum,
        };
        if (!allowed)
        {
            throw new DecisionInputException($"normalisation '{kind}' cannot be used with method '{method}'.");
        }

        if (kind == NormalisationKind.FixedScale)
        {
            if (normalisation.ScaleMin is not { } lo || normalisation.ScaleMax is not { } hi || !double.IsFinite(lo) || !double.IsFinite(hi) || !(lo < hi))
            {
                throw new DecisionInputException("a fixed scale needs finite scaleMin < scaleMax.");
            }

            if (values.Any(x => x < lo || x > hi))
            {
                throw new DecisionInputException(Invariant($"every value must lie on the fixed scale {lo}..{hi}."));
            }
        }

        if (kind == NormalisationKind.Sum)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var x = values[(i * n) + j];
                    if (benefit[j] ? x < 0 : x <= 0)
                    {
                        throw new DecisionInputException(
                            $"the distributive (sum) normalisation needs {(benefit[j] ? "non-negative" : "positive")} values; criterion '{criterionIds[j]}' has {x.ToString(CultureInfo.InvariantCulture)}. Use min-max normalisation or another method.");
                    }
                }
            }
        }
    }

    private static (double[] Weights, string Source, AhpWeights? Ahp) Weights(DecisionRequest request, string[] criterionIds, List<string> warnings)
    {
        var n = criterionIds.Length;
        if (request.Weights is not null && request.PairwiseMatrix is not null)
        {
            throw new DecisionInputException("give either weights or a pairwise matrix, not both.");
        }

        if (request.PairwiseMatrix is { } matrix)
        {
            if (matrix.Count != n)
            {
                throw new DecisionInputException(Invariant($"the pairwise matrix must be {n}x{n}, one row and column per criterion in the given order."));
            }

            var ahp = Ahp.Weights(matrix);
            if (!ahp.Consistent)
            {
                warnings.Add(Invariant($"the pairwise judgements are inconsistent (consistency ratio {ahp.ConsistencyRatio:0.###} > {Ahp.ConsistencyThreshold}); revisit them before relying on the weights."));
            }

            return (ahp.Weights.ToArray(), "ahp-pairwise", ahp);
        }

        var raw = new double[n];
        if (request.Weights is { } given)
        {
            var index = criterionIds.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => x.j, StringComparer.Ordinal);
            foreach (var (key, w) in given)
            {
                if (!index.TryGetValue(key, out var j))
                {
                    throw new DecisionInputException($"a weight is given for unknown criterion '{key}'.");
                }

                if (!double.IsFinite(w) || w < 0)
                {
                    throw new DecisionInputException($"the weight of '{key}' must be a finite non-negative number.");
                }

                raw[j] = w;
            }

            var missing = criterionIds.Where(id => !given.ContainsKey(id)).ToArray();
            if (missing.Length > 0)
            {
                warnings.Add($"no weight given for {string.Join(", ", missing)}: taken as 0.");
            }

            var normalised = WeightMath.Normalise(raw, out var fellBack);
            if (fellBack)
            {
                warnings.Add("all weights are zero: equal weights used instead.");
                return (normalised, "equal (all given weights were zero)", null);
            }

            return (normalised, "explicit", null);
        }

        warnings.Add("no weights given: equal weights used.");
        return (WeightMath.Normalise(raw, out _), "equal (none given)", null);
    }

    private static double[]? AlternativePriorities(DecisionRequest request, McdaMethod method, string[] criterionIds, string[] alternativeIds, List<string> warnings)
    {
        if (request.AlternativeComparisons is not { Count: > 0 } comparisons)
        {
            return null;
        }

        if (method != McdaMethod.Ahp)
        {
            throw new DecisionInputException("alternative pairwise comparisons are only used by the AHP method.");
        }

        int m = alternativeIds.Length, n = criterionIds.Length;
        var priorities = new double[m * n];
        Array.Fill(priorities, double.NaN);
        foreach (var (criterion, matrix) in comparisons)
        {
            var j = Array.IndexOf(criterionIds, criterion);
            if (j < 0)
            {
                throw new DecisionInputException($"alternative comparisons are given for unknown criterion '{criterion}'.");
            }

            if (matrix is null || matrix.Count != m)
            {
                throw new DecisionInputException(Invariant($"the alternative comparisons for '{criterion}' must be {m}x{m}, in the order of the alternatives."));
            }

            var local = Ahp.Weights(matrix);
            if (!local.Consistent)
            {
                warnings.Add(Invariant($"the alternative comparisons for '{criterion}' are inconsistent (consistency ratio {local.ConsistencyRatio:0.###})."));
            }

            for (var i = 0; i < m; i++)
            {
                priorities[(i * n) + j] = local.Weights[i];
            }
        }

        return priorities;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

internal static class WeightMath
{
    /// <summary>w / Σw; all zero (or no criteria) gives equal weights, so no caller ever divides by zero. Weights of
    /// any finite magnitude: they are first scaled by a power of two (exact) so that their sum cannot overflow.</summary>
    public static double[] Normalise(double[] raw, out bool fellBackToEqual)
    {
        var largest = raw.Length == 0 ? 0 : raw.Max();
        var e = Magnitudes.Exponent(largest);
        var sum = 0.0;
        foreach (var w in raw)
        {
            sum += Math.ScaleB(w, -e);
        }

        var result = new double[raw.Length];
        fellBackToEqual = !(sum > 0);
        for (var j = 0; j < raw.Length; j++)
        {
            result[j] = fellBackToEqual ? 1.0 / raw.Length : Math.ScaleB(raw[j], -e) / sum;
        }

        return result;
    }
}
