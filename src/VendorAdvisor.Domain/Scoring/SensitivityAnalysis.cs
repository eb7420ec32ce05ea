namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Weight stability per criterion, the smallest winner-changing weight change, and the rank-reversal check.
/// Moving one weight to t rescales the others by (1 - t)/(1 - w) so they keep their proportions.
/// </summary>
internal static class SensitivityAnalysis
{
    public const string ExactProcedure =
        "weighted sum: scores are linear in each weight once the others are rescaled proportionally, so interval bounds are solved exactly";

    public const string NumericProcedure =
        "scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change";

    public static SensitivityReport Analyze(Problem problem, int[] baseOrder, CancellationToken cancellationToken = default)
    {
        int m = problem.M, n = problem.N;
        var procedure = problem.Method == McdaMethod.WeightedSum ? ExactProcedure : NumericProcedure;
        if (m == 0)
        {
            return new SensitivityReport(null, [], null, [], procedure);
        }

        var winner = baseOrder[0];
        var stabilities = new List<WeightStability>(n);
        for (var j = 0; j < n; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stabilities.Add(m < 2 || n < 2
                ? new WeightStability(problem.CriterionIds[j], problem.Weights[j], 0, 1, null, null)
                : problem.Method == McdaMethod.WeightedSum ? Exact(problem, j, winner) : Numeric(problem, j, winner));
        }

        WinnerChange? smallest = null;
        foreach (var s in stabilities)
        {
            Consider(s.WinnerBelow, s.LowerBound, s);
            Consider(s.WinnerAbove, s.UpperBound, s);
        }

        var removals = new List<RemovalCheck>(m);
        for (var r = 0; r < m && m > 1; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reduced = problem.Without(r);
            var order = Rank(reduced, reduced.Weights);
            var without = order.Select(i => reduced.AlternativeIds[i]).ToArray();
            var expected = baseOrder.Where(i => i != r).Select(i => problem.AlternativeIds[i]).ToArray();
            removals.Add(new RemovalCheck(problem.AlternativeIds[r], without.SequenceEqual(expected, StringComparer.Ordinal), without));
        }

        return new SensitivityReport(problem.AlternativeIds[winner], stabilities, smallest, removals, procedure);

        void Consider(string? newWinner, double bound, WeightStability s)
        {
            if (newWinner is null)
            {
                return;
            }

            var change = bound - s.Weight;
            if (smallest is null || Math.Abs(change) < Math.Abs(smallest.Change))
            {
                smallest = new WinnerChange(s.Criterion, s.Weight, bound, change, newWinner);
            }
        }
    }

    internal static int[] Rank(Problem problem, double[] weights)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        var cells = new double[m * n];
        var order = new int[m];
        ScoringKernel.Score(problem, problem.Values, weights, m, scores, cells, new double[n], new double[n]);
        TieBreak.Order(order, scores, problem.Values, n, problem.Benefit, TieBreak.CriteriaOrder(weights), problem.AlternativeIds);
        return order;
    }

    internal static double[] WeightsAt(double[] weights, int j, double t)
    {
        var result = new double[weights.Length];
        var rest = 1 - weights[j];
        for (var k = 0; k < weights.Length; k++)
        {
            // With all the weight on j the others have no proportions to keep: they share the remainder equally.
            result[k] = k == j ? t : rest > 1e-12 ? weights[k] * (1 - t) / rest : (1 - t) / (weights.Length - 1);
        }

        return result;
    }

    private static WeightStability Exact(Problem problem, int j, int winner)
    {
        int m = problem.M, n = problem.N;
        var w = problem.Weights[j];
        var atOne = Scores(problem, WeightsAt(problem.Weights, j, 1));
        var atZero = Scores(problem, WeightsAt(problem.Weights, j, 0));
        double lower = 0, upper = 1;
        for (var i = 0; i < m; i++)
        {
            if (i == winner)
            {
                continue;
            }

            // Lead of the winner over i along the path: D(t) = dZero + t·(dOne - dZero).
            double dOne = atOne[winner] - atOne[i], dZero = atZero[winner] - atZero[i];
            var slope = dOne - dZero;
            if (slope == 0)
            {
                continue;
            }

            var root = dZero / (dZero - dOne);
            if (slope > 0 && root > lower)
            {
                lower = Math.Min(root, w);
            }
            else if (slope < 0 && root < upper)
            {
                upper = Math.Max(root, w);
            }
        }

        return new WeightStability(
            problem.CriterionIds[j], w, lower, upper,
            lower > 0 ? WinnerBeyond(problem, j, lower, -1, winner) : null,
            upper < 1 ? WinnerBeyond(problem, j, upper, +1, winner) : null);
    }

    private static string? WinnerBeyond(Problem problem, int j, double bound, int direction, int winner)
    {
        var t = Math.Clamp(bound + (direction * 1e-6), 0, 1);
        var top = Rank(problem, WeightsAt(problem.Weights, j, t))[0];
        return top == winner ? null : problem.AlternativeIds[top];
    }

    private static WeightStability Numeric(Problem problem, int j, int winner)
    {
        var w = problem.Weights[j];
        var (lower, below) = Search(problem, j, winner, w, -1);
        var (upper, above) = Search(problem, j, winner, w, +1);
        return new WeightStability(problem.CriterionIds[j], w, lower, upper, below, above);
    }

    private static (double Bound, string? NewWinner) Search(Problem problem, int j, int winner, double from, int direction)
    {
        const double step = 0.01;
        var same = from;
        var end = direction > 0 ? 1.0 : 0.0;
        while (same != end)
        {
            var next = direction > 0 ? Math.Min(1, same + step) : Math.Max(0, same - step);
            var top = Rank(problem, WeightsAt(problem.Weights, j, next))[0];
            if (top != winner)
            {
                var changed = next;
                for (var k = 0; k < 60; k++)
                {
                    var middle = (same + changed) / 2;
                    if (Rank(problem, WeightsAt(problem.Weights, j, middle))[0] == winner)
                    {
                        same = middle;
                    }
                    else
                    {
                        changed = middle;
                    }
                }

                return (same, problem.AlternativeIds[Rank(problem, WeightsAt(problem.Weights, j, changed))[0]]);
            }

            same = next;
        }

        return (end, null);
    }

    private static double[] Scores(Problem problem, double[] weights)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        ScoringKernel.Score(problem, problem.Values, weights, m, scores, new double[m * n], new double[n], new double[n]);
        return scores;
    }
}
