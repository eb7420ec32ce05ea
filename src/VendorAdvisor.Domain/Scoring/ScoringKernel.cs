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
        Span<double> columnB,
        bool coefficientsReady = false)
    {
        switch (problem.Method)
        {
            case McdaMethod.Topsis:
                Topsis(problem.Benefit, values, weights, m, scores, cells, columnA, columnB);
                break;
            case McdaMethod.Ahp:
                Ahp(problem, values, weights, m, scores, cells, columnA, columnB, coefficientsReady);
                break;
            case McdaMethod.Vikor:
                VikorScore(problem, values, weights, m, scores, cells);
                break;
            case McdaMethod.PrometheeII:
                Promethee.Score(problem.Benefit, problem.Preferences!, values, weights, m, scores, cells);
                break;
            default:
                WeightedSum(problem, values, weights, m, scores, cells, columnA, columnB, coefficientsReady);
                break;
        }
    }

    /// <summary>True when the normalisation does not look at the values (fixed scale, none), so the Monte Carlo
    /// loop can compute the per-column coefficients once with <see cref="PrepareCoefficients"/>.</summary>
    public static bool CoefficientsAreConstant(Problem problem) =>
        problem.Method is McdaMethod.WeightedSum or McdaMethod.Ahp && problem.Normalisation.Kind is NormalisationKind.FixedScale or NormalisationKind.None;

    // VIKOR's score is 1 - Q so that, as for the other methods, higher is better; cells hold each criterion's weighted
    // regret (a row sums to S). S, R and Q live on the stack: no allocation in the Monte Carlo loop.
    private static void VikorScore(Problem problem, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m, Span<double> scores, Span<double> cells)
    {
        Span<double> buffer = m <= 256 ? stackalloc double[3 * m] : new double[3 * m];
        var s = buffer[..m];
        var r = buffer.Slice(m, m);
        var q = buffer.Slice(2 * m, m);
        Vikor.Measures(problem.Benefit, values, weights, m, cells, s, r, q, problem.VikorV);
        for (var i = 0; i < m; i++)
        {
            scores[i] = 1 - q[i];
        }
    }

    public static void PrepareCoefficients(Problem problem, Span<double> offset, Span<double> slope) =>
        NormalisationCoefficients.Compute(problem, problem.Values, problem.M, problem.N, offset, slope);

    private static void WeightedSum(
        Problem problem, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> offset, Span<double> slope, bool coefficientsReady)
    {
        var n = weights.Length;
        if (!coefficientsReady)
        {
            NormalisationCoefficients.Compute(problem, values, m, n, offset, slope);
        }

        for (var i = 0; i < m; i++)
        {
            var total = 0.0;
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                var part = weights[j] * NormalisationCoefficients.Utility(values[row + j], offset[j], slope[j]);
                cells[row + j] = part;
                total += part;
            }

            scores[i] = total;
        }
    }

    // AHP with ratings: each criterion's local priorities are the oriented utilities rescaled to sum to one
    // (equivalent to the eigenvector of the perfectly consistent matrix u_i/u_k), unless pairwise comparisons fixed them.
    private static void Ahp(
        Problem problem, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> offset, Span<double> slope, bool coefficientsReady)
    {
        var n = weights.Length;
        if (!coefficientsReady)
        {
            NormalisationCoefficients.Compute(problem, values, m, n, offset, slope);
        }

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
                var u = NormalisationCoefficients.Utility(values[(i * n) + j], offset[j], slope[j]);
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
        // The norms go through ideal, which TopsisNormalised reads per column before it writes the column's ideal.
        VectorNormalise(values, m, weights.Length, cells, ideal);
        TopsisNormalised(benefit, cells, ideal, weights, m, scores, cells, ideal, antiIdeal);
    }

    /// <summary>TOPSIS's vector normalisation, which does not depend on the weights: each column's norm into
    /// <paramref name="norms"/> and, where it is positive, each value divided by it into <paramref name="normalised"/>.</summary>
    public static void VectorNormalise(ReadOnlySpan<double> values, int m, int n, Span<double> normalised, Span<double> norms)
    {
        for (var j = 0; j < n; j++)
        {
            var squares = 0.0;
            for (var i = 0; i < m; i++)
            {
                var x = values[(i * n) + j];
                squares += x * x;
            }

            var norm = Math.Sqrt(squares);
            norms[j] = norm;
            for (var i = 0; i < m && norm > 0; i++)
            {
                normalised[(i * n) + j] = values[(i * n) + j] / norm;
            }
        }
    }

    /// <summary>TOPSIS from <see cref="VectorNormalise"/>'s output. <paramref name="normalised"/> may be
    /// <paramref name="cells"/>, and <paramref name="norms"/> may be <paramref name="ideal"/>.</summary>
    public static void TopsisNormalised(
        bool[] benefit, ReadOnlySpan<double> normalised, ReadOnlySpan<double> norms, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells, Span<double> ideal, Span<double> antiIdeal)
    {
        var n = weights.Length;
        for (var j = 0; j < n; j++)
        {
            var norm = norms[j];
            double best = double.NegativeInfinity, worst = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                // An all-zero column carries no information: every alternative sits on both ideals there.
                var v = norm > 0 ? weights[j] * normalised[(i * n) + j] : 0.0;
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
}
