using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>A validated <see cref="Problem"/> with what the engine needs to report in the caller's terms: the declared
/// normalisation, the power-of-two exponent applied to each criterion, and where the weights came from.</summary>
internal sealed record BuiltProblem(
    Problem Problem, Normalisation Declared, int[] Exponents, string WeightsSource, AhpWeights? Ahp,
    PreferenceFunction[] DeclaredPreferences, ObjectiveWeights? Objective);

/// <summary>
/// Turns what a caller gives into a validated <see cref="Problem"/>: a generic <see cref="DecisionRequest"/> (every
/// check the engine makes, with a message in words) or a catalog and the vendors left after the constraints.
/// </summary>
internal static class ProblemBuilder
{
    public static BuiltProblem FromRequest(DecisionRequest request, List<string> warnings)
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

        if (criteria.Count > DecisionEngine.MaxCriteria || alternatives.Count > DecisionEngine.MaxAlternatives)
        {
            throw new DecisionInputException(Invariant($"at most {DecisionEngine.MaxCriteria} criteria and {DecisionEngine.MaxAlternatives} alternatives are supported."));
        }

        if (request.Samples is < 0 or > DecisionEngine.MaxSamples)
        {
            throw new DecisionInputException(Invariant($"samples must be between 0 and {DecisionEngine.MaxSamples}."));
        }

        if (request.Samples > 0 && alternatives.Any(a => a?.Uncertainty is { Count: > 0 })
            && DecisionEngine.WorkBudgetProblem(criteria.Count, alternatives.Count, request.Samples) is { } overBudget)
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
        normalisation.Check(method, values, benefit, criterionIds, m);
        Vikor.CheckV(request.VikorV);
        var preferences = MethodSettings.PreferenceFunctions(request.PreferenceFunctions, criterionIds);
        var objective = MethodSettings.ObjectiveWeights(request, values, benefit, m, warnings);
        var (weights, source, ahp) = objective is not null
            ? (objective.Weights.ToArray(), request.ObjectiveWeights!.Value == ObjectiveWeighting.Critic ? "critic" : "entropy", null)
            : Weights(request, criterionIds, warnings);
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
            VikorV = request.VikorV,
            Preferences = preferences.Select((f, j) => f.Scaled(exponents[j])).ToArray(),
        };
        return new BuiltProblem(problem, normalisation, exponents, source, ahp, preferences, objective);
    }

    private static string[] UniqueIds(IEnumerable<string?> ids, string what)
    {
        var result = ids.Select(id => string.IsNullOrWhiteSpace(id) ? throw new DecisionInputException($"every {what} needs a non-empty id.") : id).ToArray();
        var duplicate = result.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? result : throw new DecisionInputException($"{what} id '{duplicate.Key}' appears more than once.");
    }

    /// <summary>The catalog's assessments of <paramref name="vendors"/> on its fixed scale, with their uncertainty.</summary>
    public static Problem FromCatalog(
        VendorCatalog catalog, Vendor[] vendors, IReadOnlyList<CriterionWeight> weights, McdaMethod method, Normalisation normalisation,
        double vikorV = Vikor.DefaultV, PreferenceFunction[]? preferences = null)
    {
        var criteria = catalog.Criteria;
        int m = vendors.Length, n = criteria.Count;
        var values = new double[m * n];
        var sd = new double[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var a = catalog.Assessment(vendors[i].Id, criteria[j].Id);
                values[(i * n) + j] = a.Score;
                sd[(i * n) + j] = a.Uncertainty;
            }
        }

        return new Problem
        {
            CriterionIds = criteria.Select(c => c.Id).ToArray(),
            Benefit = criteria.Select(c => c.HigherIsBetter).ToArray(),
            AlternativeIds = vendors.Select(v => v.Id).ToArray(),
            Values = values,
            Uncertainty = sd,
            Weights = weights.Select(w => w.Weight).ToArray(),
            Method = method,
            Normalisation = normalisation,
            SampleMin = catalog.ScaleMin,
            SampleMax = catalog.ScaleMax,
            VikorV = vikorV,
            Preferences = preferences,
        };
    }

    private static (double[] Weights, string Source, AhpWeights? Ahp) Weights(DecisionRequest request, string[] criterionIds, List<string> warnings)
    {
        if (request.Weights is not null && request.PairwiseMatrix is not null)
        {
            throw new DecisionInputException("give either weights or a pairwise matrix, not both.");
        }

        if (request.PairwiseMatrix is { } matrix)
        {
            var ahp = CriteriaWeighting.Pairwise(matrix, criterionIds.Length, "one row and column per criterion in the given order", warnings);
            return (ahp.Weights.ToArray(), "ahp-pairwise", ahp);
        }

        var (weights, source) = request.Weights is { } given
            ? CriteriaWeighting.Explicit(given, criterionIds, warnings)
            : CriteriaWeighting.Equal(criterionIds.Length, warnings);
        return (weights, source, null);
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
