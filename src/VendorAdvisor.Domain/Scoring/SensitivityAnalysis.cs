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

    /// <summary>
    /// The most work the search may do, in rankings charged at alternatives × (criteria + alternatives) each (the
    /// unit of <see cref="DecisionEngine.WorkBudget"/>): about 100 ms of one core at the slowest rate measured.
    /// A 4 x 6 catalog needs under 0.1 % of it; a matrix at the documented limits stops early and says so in
    /// <see cref="SensitivityReport.Incomplete"/>.
    /// </summary>
    public const long WorkBudget = 15_000_000;

    public static SensitivityReport Analyze(Problem problem, int[] baseOrder, CancellationToken cancellationToken = default)
    {
        int m = problem.M, n = problem.N;
        var procedure = problem.Method == McdaMethod.WeightedSum ? ExactProcedure : NumericProcedure;
        if (m == 0)
        {
            return new SensitivityReport(null, [], null, [], procedure);
        }

        var winner = baseOrder[0];
        var meter = new WorkMeter(WorkBudget, (long)m * (n + m));
        var stabilities = new List<WeightStability>(n);
        for (var j = 0; j < n && !meter.Exhausted; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stability = m < 2 || n < 2
                ? new WeightStability(problem.CriterionIds[j], problem.Weights[j], 0, 1, null, null)
                : problem.Method == McdaMethod.WeightedSum ? Exact(problem, j, winner, meter) : Numeric(problem, j, winner, meter);
            if (stability is not null)
            {
                stabilities.Add(stability);
            }
        }

        WinnerChange? smallest = null;
        foreach (var s in stabilities)
        {
            Consider(s.WinnerBelow, s.LowerBound, s);
            Consider(s.WinnerAbove, s.UpperBound, s);
        }

        var removals = new List<RemovalCheck>(m);
        for (var r = 0; r < m && m > 1 && !meter.Exhausted; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            meter.Charge();
            var reduced = problem.Without(r);
            var order = Rank(reduced, reduced.Weights);
            var without = order.Select(i => reduced.AlternativeIds[i]).ToArray();
            var expected = baseOrder.Where(i => i != r).Select(i => problem.AlternativeIds[i]).ToArray();
            removals.Add(new RemovalCheck(problem.AlternativeIds[r], without.SequenceEqual(expected, StringComparer.Ordinal), without));
        }

        var incomplete = stabilities.Count == n && (removals.Count == m || m < 2)
            ? null
            : FormattableString.Invariant(
                $"stopped at the work budget ({WorkBudget:N0} units of alternatives × (criteria + alternatives) per ranking): weights lists {stabilities.Count} of {n} criteria and removals {removals.Count} of {m} alternatives; smallestWinnerChange is the smallest among the criteria listed");
        return new SensitivityReport(problem.AlternativeIds[winner], stabilities, smallest, removals, procedure, incomplete);

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

    private static WeightStability Exact(Problem problem, int j, int winner, WorkMeter meter)
    {
        int m = problem.M;
        meter.Charge(4); // two scorings and at most two rankings
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

    /// <summary>Null when the budget ran out before both directions were searched.</summary>
    private static WeightStability? Numeric(Problem problem, int j, int winner, WorkMeter meter)
    {
        var w = problem.Weights[j];
        var (lower, below, searchedDown) = Search(problem, j, winner, w, -1, meter);
        var (upper, above, searchedUp) = searchedDown ? Search(problem, j, winner, w, +1, meter) : (1, null, false);
        return searchedDown && searchedUp ? new WeightStability(problem.CriterionIds[j], w, lower, upper, below, above) : null;
    }

    private static (double Bound, string? NewWinner, bool Finished) Search(Problem problem, int j, int winner, double from, int direction, WorkMeter meter)
    {
        const double step = 0.01;
        var same = from;
        var end = direction > 0 ? 1.0 : 0.0;
        while (same != end)
        {
            if (meter.Exhausted)
            {
                return (same, null, false);
            }

            meter.Charge();
            var next = direction > 0 ? Math.Min(1, same + step) : Math.Max(0, same - step);
            var top = Rank(problem, WeightsAt(problem.Weights, j, next))[0];
            if (top != winner)
            {
                var changed = next;
                meter.Charge(61);
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

                return (same, problem.AlternativeIds[Rank(problem, WeightsAt(problem.Weights, j, changed))[0]], true);
            }

            same = next;
        }

        return (end, null, true);
    }

    /// <summary>Counts rankings against the budget, each at the problem's cost per ranking.</summary>
    private sealed class WorkMeter(long budget, long perRanking)
    {
        private long used;

        public bool Exhausted => used > budget;

        public void Charge(int rankings = 1) => used += rankings * perRanking;
    }

    private static double[] Scores(Problem problem, double[] weights)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        ScoringKernel.Score(problem, problem.Values, weights, m, scores, new double[m * n], new double[n], new double[n]);
        return scores;
    }
}
