namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// The one path from what a caller gives (a pairwise matrix, explicit weights, nothing) to normalised criterion
/// weights, shared by <see cref="DecisionEngine"/> and <see cref="Advisor"/> so that both check, warn and
/// normalise in the same words.
/// </summary>
internal static class CriteriaWeighting
{
    /// <summary>AHP weights from a pairwise matrix over <paramref name="criteria"/> criteria; an inconsistent matrix
    /// still gives weights, with a warning. <paramref name="rows"/> says, in the size error, how rows map to criteria.</summary>
    public static AhpWeights Pairwise(IReadOnlyList<IReadOnlyList<double>> matrix, int criteria, string rows, List<string> warnings)
    {
        if (matrix.Count != criteria)
        {
            throw new DecisionInputException(FormattableString.Invariant($"the pairwise matrix must be {criteria}x{criteria}, {rows}."));
        }

        var ahp = Ahp.Weights(matrix);
        if (!ahp.Consistent)
        {
            warnings.Add(FormattableString.Invariant(
                $"the pairwise judgements are inconsistent (consistency ratio {ahp.ConsistencyRatio:0.###} > {Ahp.ConsistencyThreshold}); revisit them before relying on the weights."));
        }

        return ahp;
    }

    /// <summary>Explicit weights by criterion id: unknown ids and negative or non-finite weights are refused, a missing
    /// criterion weighs 0, and all zero falls back to equal weights. Returns the weights and their source.</summary>
    public static (double[] Weights, string Source) Explicit(IReadOnlyDictionary<string, double> given, string[] criterionIds, List<string> warnings)
    {
        var raw = new double[criterionIds.Length];
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

        var normalised = Normalise(raw, out var fellBack);
        if (fellBack)
        {
            warnings.Add("all weights are zero: equal weights used instead.");
            return (normalised, "equal (all given weights were zero)");
        }

        return (normalised, "explicit");
    }

    /// <summary>Equal weights, said in a warning, for a caller who gave none.</summary>
    public static (double[] Weights, string Source) Equal(int criteria, List<string> warnings)
    {
        warnings.Add("no weights given: equal weights used.");
        return (Normalise(new double[criteria], out _), "equal (none given)");
    }

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
