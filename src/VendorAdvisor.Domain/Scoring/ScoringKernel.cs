namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// The three methods over a flat matrix, writing into caller-owned buffers so the Monte Carlo loop allocates nothing.
/// Every degenerate column (constant, all zero) has a defined result; nothing here divides by zero.
/// </summary>
internal static class ScoringKernel
{
    /// <summary>Scores m alternatives. <paramref name="cells"/> (m x n) receives each criterion's part:
    /// an additive contribution for weighted sum and AHP, the weighted normalised value for TOPSIS.
    /// <paramref name="columnA"/> and <paramref name="columnB"/> are scratch of length n.</summary>
    public static void Score(
        Problem problem,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> weights,
        int m,
        Span<double> scores,
        Span<double> cells,
        Span<double> columnA,
        Span<double> columnB)
    {
        switch (problem.Method)
        {
            case McdaMethod.Topsis:
                Topsis(problem.Benefit, values, weights, m, scores, cells, columnA, columnB);
                break;
            case McdaMethod.Ahp:
                Ahp(problem, values, weights, m, scores, cells, columnA, columnB);
                break;
            default:
                WeightedSum(problem, values, weights, m, scores, cells, columnA, columnB);
                break;
        }
    }

    private static void WeightedSum(
        Problem problem, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> columnA, Span<double> columnB)
    {
        var n = weights.Length;
        ColumnStatistics(problem.Normalisation.Kind, problem.Benefit, values, m, n, columnA, columnB);
        for (var i = 0; i < m; i++)
        {
            var total = 0.0;
            for (var j = 0; j < n; j++)
            {
                var part = weights[j] * Utility(problem, values[(i * n) + j], j, m, columnA[j], columnB[j]);
                cells[(i * n) + j] = part;
                total += part;
            }

            scores[i] = total;
        }
    }

    // AHP with ratings: each criterion's local priorities are the oriented utilities rescaled to sum to one
    // (equivalent to the eigenvector of the perfectly consistent matrix u_i/u_k), unless pairwise comparisons fixed them.
    private static void Ahp(
        Problem problem, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> columnA, Span<double> columnB)
    {
        var n = weights.Length;
        var kind = problem.Normalisation.Kind;
        ColumnStatistics(kind, problem.Benefit, values, m, n, columnA, columnB);
        var fixedPriorities = problem.FixedLocalPriorities;
        scores[..m].Clear();
        for (var j = 0; j < n; j++)
        {
            if (fixedPriorities is not null && !double.IsNaN(fixedPriorities[j]))
            {
                for (var i = 0; i < m; i++)
                {
                    var part = weights[j] * fixedPriorities[(i * n) + j];
                    cells[(i * n) + j] = part;
                    scores[i] += part;
                }

                continue;
            }

            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                var u = Utility(problem, values[(i * n) + j], j, m, columnA[j], columnB[j]);
                cells[(i * n) + j] = u;
                sum += u;
            }

            for (var i = 0; i < m; i++)
            {
                var local = sum > 0 ? cells[(i * n) + j] / sum : 1.0 / m;
                var part = weights[j] * local;
                cells[(i * n) + j] = part;
                scores[i] += part;
            }
        }
    }

    private static void Topsis(
        bool[] benefit, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> ideal, Span<double> antiIdeal)
    {
        var n = weights.Length;
        for (var j = 0; j < n; j++)
        {
            var squares = 0.0;
            for (var i = 0; i < m; i++)
            {
                var x = values[(i * n) + j];
                squares += x * x;
            }

            var norm = Math.Sqrt(squares);
            double best = double.NegativeInfinity, worst = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                // An all-zero column carries no information: every alternative sits on both ideals there.
                var v = norm > 0 ? weights[j] * (values[(i * n) + j] / norm) : 0.0;
                cells[(i * n) + j] = v;
                best = Math.Max(best, v);
                worst = Math.Min(worst, v);
            }

            ideal[j] = benefit[j] ? best : worst;
            antiIdeal[j] = benefit[j] ? worst : best;
        }

        for (var i = 0; i < m; i++)
        {
            double toIdeal = 0, toAnti = 0;
            for (var j = 0; j < n; j++)
            {
                var v = cells[(i * n) + j];
                toIdeal += (v - ideal[j]) * (v - ideal[j]);
                toAnti += (v - antiIdeal[j]) * (v - antiIdeal[j]);
            }

            double dPlus = Math.Sqrt(toIdeal), dMinus = Math.Sqrt(toAnti);
            // Ideal and anti-ideal coincide only when every alternative is identical (or alone): each one is then ideal.
            scores[i] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 1.0;
        }
    }

    /// <summary>Per column: min and max (scales), or sum and sum of reciprocals (distributive).</summary>
    private static void ColumnStatistics(
        NormalisationKind kind, bool[] benefit, ReadOnlySpan<double> values, int m, int n, Span<double> a, Span<double> b)
    {
        if (kind is not (NormalisationKind.MinMax or NormalisationKind.Sum))
        {
            return;
        }

        for (var j = 0; j < n; j++)
        {
            double first = kind == NormalisationKind.MinMax ? double.PositiveInfinity : 0;
            double second = kind == NormalisationKind.MinMax ? double.NegativeInfinity : 0;
            for (var i = 0; i < m; i++)
            {
                var x = values[(i * n) + j];
                if (kind == NormalisationKind.MinMax)
                {
                    first = Math.Min(first, x);
                    second = Math.Max(second, x);
                }
                else
                {
                    first += benefit[j] ? x : 1.0 / x;
                }
            }

            a[j] = first;
            b[j] = second;
        }
    }

    private static double Utility(Problem problem, double x, int j, int m, double a, double b)
    {
        var benefit = problem.Benefit[j];
        var normalisation = problem.Normalisation;
        switch (normalisation.Kind)
        {
            case NormalisationKind.FixedScale:
                {
                    double lo = normalisation.ScaleMin ?? 0, hi = normalisation.ScaleMax ?? 1;
                    var t = (x - lo) / (hi - lo);
                    return benefit ? t : 1 - t;
                }

            case NormalisationKind.MinMax:
                {
                    var range = b - a;
                    if (!(range > 0))
                    {
                        return 1.0;
                    }

                    return benefit ? (x - a) / range : (b - x) / range;
                }

            case NormalisationKind.Sum:
                if (!(a > 0))
                {
                    return 1.0 / m;
                }

                return benefit ? x / a : 1.0 / x / a;
            default:
                return benefit ? x : -x;
        }
    }
}
