namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// A validated decision matrix in flat arrays (row = alternative, column = criterion), the form every method,
/// the sensitivity analysis and the Monte Carlo loop share. Built by the engine and the advisor after validation.
/// </summary>
internal sealed class Problem
{
    public required string[] CriterionIds { get; init; }
    public required bool[] Benefit { get; init; }
    public required string[] AlternativeIds { get; init; }

    /// <summary>Raw values, m x n row-major.</summary>
    public required double[] Values { get; init; }

    /// <summary>Standard deviations, m x n row-major, or null when no uncertainty was given.</summary>
    public double[]? Uncertainty { get; init; }

    /// <summary>Normalised weights summing to one.</summary>
    public required double[] Weights { get; init; }

    public required McdaMethod Method { get; init; }
    public required Normalisation Normalisation { get; init; }

    /// <summary>AHP local priorities fixed by pairwise comparisons of the alternatives, m x n, NaN where scores decide.</summary>
    public double[]? FixedLocalPriorities { get; init; }

    /// <summary>Bounds a Monte Carlo sample is clamped to (the catalog's 0..10), infinite when none.</summary>
    public double SampleMin { get; init; } = double.NegativeInfinity;
    public double SampleMax { get; init; } = double.PositiveInfinity;

    /// <summary>Per-criterion lower bounds that replace <see cref="SampleMin"/> (the distributive normalisation's,
    /// relative to each criterion's scale), or null.</summary>
    public double[]? ColumnSampleMin { get; init; }

    /// <summary>VIKOR's weight of the group utility S against the individual regret R.</summary>
    public double VikorV { get; init; } = Vikor.DefaultV;

    /// <summary>PROMETHEE's preference function per criterion, thresholds in the (rescaled) values' units, used by
    /// PROMETHEE II and its row of the agreement table; null means usual everywhere.</summary>
    public PreferenceFunction[]? Preferences { get; init; }

    public int M => AlternativeIds.Length;
    public int N => CriterionIds.Length;

    /// <summary>Criteria by descending weight (then by position): the order the tie-break walks.</summary>
    public int[] TieBreakOrder() => TieBreak.CriteriaOrder(Weights);

    /// <summary>The same problem without one alternative (for the removal check) or with other weights.</summary>
    public Problem Without(int alternative)
    {
        int m = M, n = N;
        var keep = Enumerable.Range(0, m).Where(i => i != alternative).ToArray();
        return new Problem
        {
            CriterionIds = CriterionIds,
            Benefit = Benefit,
            AlternativeIds = keep.Select(i => AlternativeIds[i]).ToArray(),
            Values = Rows(Values, keep, n),
            Uncertainty = Uncertainty is null ? null : Rows(Uncertainty, keep, n),
            Weights = Weights,
            Method = Method,
            Normalisation = Normalisation,
            FixedLocalPriorities = FixedLocalPriorities is null ? null : RenormaliseColumns(Rows(FixedLocalPriorities, keep, n), keep.Length, n),
            SampleMin = SampleMin,
            SampleMax = SampleMax,
            ColumnSampleMin = ColumnSampleMin,
            VikorV = VikorV,
            Preferences = Preferences,
        };
    }

    public Problem WithWeights(double[] weights) => new()
    {
        CriterionIds = CriterionIds,
        Benefit = Benefit,
        AlternativeIds = AlternativeIds,
        Values = Values,
        Uncertainty = Uncertainty,
        Weights = weights,
        Method = Method,
        Normalisation = Normalisation,
        FixedLocalPriorities = FixedLocalPriorities,
        SampleMin = SampleMin,
        SampleMax = SampleMax,
        ColumnSampleMin = ColumnSampleMin,
        VikorV = VikorV,
        Preferences = Preferences,
    };

    private static double[] Rows(double[] source, int[] keep, int n)
    {
        var result = new double[keep.Length * n];
        for (var r = 0; r < keep.Length; r++)
        {
            Array.Copy(source, keep[r] * n, result, r * n, n);
        }

        return result;
    }

    // Pairwise-derived priorities of the remaining alternatives keep their ratios, as AHP's distributive mode does.
    private static double[] RenormaliseColumns(double[] priorities, int m, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                var p = priorities[(i * n) + j];
                if (!double.IsNaN(p))
                {
                    sum += p;
                }
            }

            for (var i = 0; i < m; i++)
            {
                var index = (i * n) + j;
                if (!double.IsNaN(priorities[index]))
                {
                    priorities[index] = sum > 0 ? priorities[index] / sum : 1.0 / m;
                }
            }
        }

        return priorities;
    }
}
