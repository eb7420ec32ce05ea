namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Turns a generic <see cref="DecisionRequest"/> into a validated <see cref="Problem"/>: refused with the problems of
/// <see cref="DecisionRequestRules"/>, then scaled to work at any magnitude. (A catalog's problem: <see cref="CatalogProblem"/>.)
/// </summary>
internal static class ProblemBuilder
{
    public static BuiltProblem FromRequest(DecisionRequest request, List<string> warnings)
    {
        // Every check that can be named on a field is stated once, in DecisionRequestRules; what remains here is
        // what only the built matrix can tell (normalisation, magnitudes, objective weights, alternative comparisons).
        var problems = DecisionRequestRules.Validate(request);
        if (problems.Count > 0)
        {
            throw new DecisionInputException(FieldProblem.Describe(problems));
        }

        var criteria = request.Criteria;
        var alternatives = request.Alternatives;
        var criterionIds = criteria.Select(c => c.Id).ToArray();
        var alternativeIds = alternatives.Select(a => a.Id).ToArray();
        var index = criterionIds.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => x.j, StringComparer.Ordinal);
        int m = alternatives.Count, n = criteria.Count;
        var values = new double[m * n];
        double[]? uncertainty = null;
        for (var i = 0; i < m; i++)
        {
            var alternative = alternatives[i];
            for (var j = 0; j < n; j++)
            {
                // A criterion decided by pairwise comparisons has no score to read.
                if (alternative.Scores.TryGetValue(criterionIds[j], out var x))
                {
                    values[(i * n) + j] = x;
                }
            }

            if (alternative.Uncertainty is { Count: > 0 } sd)
            {
                uncertainty ??= new double[m * n];
                foreach (var (key, s) in sd)
                {
                    uncertainty[(i * n) + index[key]] = s;
                }
            }
        }

        var method = request.Method;
        var normalisation = request.Normalisation ?? Normalisation.DefaultFor(method);
        var benefit = criteria.Select(c => c.Benefit).ToArray();
        normalisation.Check(method, values, benefit, criterionIds, m);
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

    private static (double[] Weights, string Source, AhpWeights? Ahp) Weights(DecisionRequest request, string[] criterionIds, List<string> warnings)
    {
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
