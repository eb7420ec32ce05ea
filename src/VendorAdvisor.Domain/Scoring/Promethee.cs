namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// PROMETHEE II (Brans &amp; Vincke 1985, Management Science 31(6):647-656; Brans, Vincke &amp; Mareschal 1986, EJOR
/// 24(2):228-238): for every ordered pair and criterion, the difference in the criterion's direction goes through the
/// criterion's preference function; π(a, b) = Σ wj Pj(a, b); the net flow φ(a) = (Σb π(a, b) - π(b, a)) / (m - 1).
/// No normalisation: thresholds are in the criterion's units.
/// </summary>
public static class Promethee
{
    /// <summary>The full set of flows for a matrix given by rows (alternatives) of raw values; weights are normalised
    /// to sum to one. Throws <see cref="DecisionInputException"/> for shapes or thresholds it cannot use.</summary>
    public static PrometheeFlows Flows(
        IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<bool> benefit, IReadOnlyList<double> weights,
        IReadOnlyList<PreferenceFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(benefit);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(functions);
        var (flat, m, n) = MatrixInput.Flatten(values, benefit.Count);
        if (weights.Count != n || functions.Count != n)
        {
            throw new DecisionInputException("PROMETHEE needs one weight and one preference function per criterion.");
        }

        var problems = functions.SelectMany((f, j) => f.Validate().Select(p => $"criterion {j}: {p}")).ToArray();
        if (problems.Length > 0)
        {
            throw new DecisionInputException(string.Join("; ", problems) + ".");
        }

        var w = CriteriaWeighting.Normalise(weights.ToArray(), out _);
        var sign = benefit.Select(b => b ? 1.0 : -1.0).ToArray();
        var fns = functions.ToArray();
        var pi = new double[m][];
        var perCriterion = new double[m][];
        for (var a = 0; a < m; a++)
        {
            pi[a] = new double[m];
            perCriterion[a] = new double[n];
        }

        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                if (a == b)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    var d = sign[j] * (flat[(a * n) + j] - flat[(b * n) + j]);
                    var p = fns[j].Evaluate(d);
                    pi[a][b] += w[j] * p;
                    perCriterion[a][j] += p;
                    perCriterion[b][j] -= p;
                }
            }
        }

        var scale = m > 1 ? 1.0 / (m - 1) : 0;
        var leaving = new double[m];
        var entering = new double[m];
        var net = new double[m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                leaving[a] += pi[a][b];
                entering[a] += pi[b][a];
            }

            leaving[a] *= scale;
            entering[a] *= scale;
            net[a] = leaving[a] - entering[a];
            for (var j = 0; j < n; j++)
            {
                perCriterion[a][j] *= scale;
            }
        }

        return new PrometheeFlows(leaving, entering, net, pi, perCriterion);
    }

    /// <summary>The engine's kernel: net flows into <paramref name="scores"/>, and wj φj(a) into <paramref name="cells"/>
    /// (so each row sums to the net flow). O(m² n), allocation-free for the Monte Carlo loop.</summary>
    internal static void Score(
        bool[] benefit, PreferenceFunction[] functions, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> scores, Span<double> cells)
    {
        var n = weights.Length;
        cells[..(m * n)].Clear();
        var scale = m > 1 ? 1.0 / (m - 1) : 0;
        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                for (var j = 0; j < n; j++)
                {
                    var d = values[(a * n) + j] - values[(b * n) + j];
                    if (!benefit[j])
                    {
                        d = -d;
                    }

                    // P(a, b) - P(b, a): at most one of the two is non-zero.
                    var net = functions[j].Evaluate(d) - functions[j].Evaluate(-d);
                    cells[(a * n) + j] += net;
                    cells[(b * n) + j] -= net;
                }
            }
        }

        for (var a = 0; a < m; a++)
        {
            var total = 0.0;
            for (var j = 0; j < n; j++)
            {
                var part = weights[j] * cells[(a * n) + j] * scale;
                cells[(a * n) + j] = part;
                total += part;
            }

            scores[a] = total;
        }
    }
}
