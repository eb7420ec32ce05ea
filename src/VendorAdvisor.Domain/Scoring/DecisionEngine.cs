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

    /// <summary>Ranks the alternatives. Throws <see cref="DecisionInputException"/> (never anything else) for input it cannot decide on.</summary>
    public static DecisionAnalysis Analyze(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var warnings = new List<string>();
        var (problem, source, ahp) = Build(request, warnings);
        var order = SensitivityAnalysis.Rank(problem, problem.Weights);
        var uncertain = problem.Uncertainty is not null && request.Samples > 0;
        var outcome = uncertain ? MonteCarlo.Run(problem, request.Samples, request.Seed) : null;
        var ranking = Ranking(problem, order, outcome);
        var sensitivity = SensitivityAnalysis.Analyze(problem, order);
        var weights = problem.CriterionIds.Select((id, j) => new CriterionWeightUsed(id, problem.Weights[j])).ToArray();
        var summary = outcome is null ? null : new UncertaintySummary(outcome.Samples, outcome.Seed, PortableNormal.Description, ClampDescription(problem));
        return new DecisionAnalysis(
            problem.Method, problem.Normalisation, ranking, weights, source, ahp, sensitivity, summary, warnings,
            EngineVersion, TieBreak.Rule);
    }

    internal static string ClampDescription(Problem problem) =>
        double.IsInfinity(problem.SampleMin) && double.IsInfinity(problem.SampleMax)
            ? "samples are not clamped"
            : string.Create(CultureInfo.InvariantCulture, $"samples clamped to [{problem.SampleMin}, {problem.SampleMax}]");

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

    private static (Problem Problem, string Source, AhpWeights? Ahp) Build(DecisionRequest request, List<string> warnings)
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
        var (sampleMin, sampleMax) = normalisation.Kind switch
        {
            NormalisationKind.FixedScale => (normalisation.ScaleMin!.Value, normalisation.ScaleMax!.Value),
            NormalisationKind.Sum => (1e-9, double.PositiveInfinity),
            _ => (double.NegativeInfinity, double.PositiveInfinity),
        };

        var problem = new Problem
        {
            CriterionIds = criterionIds,
            Benefit = benefit,
            AlternativeIds = alternativeIds,
            Values = values,
            Uncertainty = uncertainty,
            Weights = weights,
            Method = method,
            Normalisation = normalisation,
            FixedLocalPriorities = fixedPriorities,
            SampleMin = sampleMin,
            SampleMax = sampleMax,
        };
        return (problem, source, ahp);
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
    /// <summary>w / Σw; all zero (or no criteria) gives equal weights, so no caller ever divides by zero.</summary>
    public static double[] Normalise(double[] raw, out bool fellBackToEqual)
    {
        var sum = raw.Sum();
        var result = new double[raw.Length];
        fellBackToEqual = !(sum > 0);
        for (var j = 0; j < raw.Length; j++)
        {
            result[j] = fellBackToEqual ? 1.0 / raw.Length : raw[j] / sum;
        }

        return result;
    }
}
