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
    /// The most work the search may do. A scoring costs alternatives × criteria units; a ranking also orders the
    /// alternatives, which with ties (every value equal, say) compares up to alternatives² / 2 pairs over every
    /// criterion, so it is charged alternatives × criteria × (alternatives + 2) / 2. Measured at the documented
    /// limits on the reference machine, about 3 ns per unit while other builds shared it: the budget is about 100 ms
    /// there. A 4 x 6 catalog needs under 0.5 % of it; past the budget the search stops and says so in
    /// <see cref="SensitivityReport.Incomplete"/>.
    /// </summary>
    public const long WorkBudget = 30_000_000;

    public static SensitivityReport Analyze(Problem problem, int[] baseOrder, CancellationToken cancellationToken = default)
    {
        int m = problem.M, n = problem.N;
        var procedure = problem.Method == McdaMethod.WeightedSum ? ExactProcedure : NumericProcedure;
        if (m == 0)
        {
            return new SensitivityReport(null, [], null, [], procedure);
        }

        var winner = baseOrder[0];
        var meter = new WorkMeter(WorkBudget, m, n);
        var ranker = new Ranker(problem);
        var stabilities = new List<WeightStability>(n);
        for (var j = 0; j < n && !meter.Exhausted; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stability = m < 2 || n < 2
                ? new WeightStability(problem.CriterionIds[j], problem.Weights[j], 0, 1, null, null)
                : problem.Method == McdaMethod.WeightedSum ? Exact(problem, j, winner, meter, ranker) : Numeric(problem, j, winner, meter, ranker);
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
            meter.ChargeRanking();
            var reduced = problem.Without(r);
            var order = Rank(reduced, reduced.Weights);
            var without = order.Select(i => reduced.AlternativeIds[i]).ToArray();
            var expected = baseOrder.Where(i => i != r).Select(i => problem.AlternativeIds[i]).ToArray();
            removals.Add(new RemovalCheck(problem.AlternativeIds[r], without.SequenceEqual(expected, StringComparer.Ordinal), without));
        }

        var incomplete = stabilities.Count == n && (removals.Count == m || m < 2)
            ? null
            : FormattableString.Invariant(
                $"stopped at the work budget ({WorkBudget:N0} units; a ranking costs alternatives × criteria × (alternatives + 2) / 2): weights lists {stabilities.Count} of {n} criteria and removals {removals.Count} of {m} alternatives; smallestWinnerChange is the smallest among the criteria listed");
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

    private static WeightStability Exact(Problem problem, int j, int winner, WorkMeter meter, Ranker ranker)
    {
        int m = problem.M;
        meter.ChargeScoring(2);
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
            lower > 0 ? WinnerBeyond(problem, j, lower, -1, winner, meter, ranker) : null,
            upper < 1 ? WinnerBeyond(problem, j, upper, +1, winner, meter, ranker) : null);
    }

    private static string? WinnerBeyond(Problem problem, int j, double bound, int direction, int winner, WorkMeter meter, Ranker ranker)
    {
        meter.ChargeRanking();
        var t = Math.Clamp(bound + (direction * 1e-6), 0, 1);
        var top = ranker.Top(j, t);
        return top == winner ? null : problem.AlternativeIds[top];
    }

    /// <summary>Null when the budget ran out before both directions were searched.</summary>
    private static WeightStability? Numeric(Problem problem, int j, int winner, WorkMeter meter, Ranker ranker)
    {
        var w = problem.Weights[j];
        var (lower, below, searchedDown) = Search(problem, j, winner, w, -1, meter, ranker);
        var (upper, above, searchedUp) = searchedDown ? Search(problem, j, winner, w, +1, meter, ranker) : (1, null, false);
        return searchedDown && searchedUp ? new WeightStability(problem.CriterionIds[j], w, lower, upper, below, above) : null;
    }

    private static (double Bound, string? NewWinner, bool Finished) Search(Problem problem, int j, int winner, double from, int direction, WorkMeter meter, Ranker ranker)
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

            meter.ChargeRanking();
            var next = direction > 0 ? Math.Min(1, same + step) : Math.Max(0, same - step);
            var top = ranker.Top(j, next);
            if (top != winner)
            {
                var changed = next;
                meter.ChargeRanking(61);
                for (var k = 0; k < 60; k++)
                {
                    var middle = (same + changed) / 2;
                    if (ranker.Top(j, middle) == winner)
                    {
                        same = middle;
                    }
                    else
                    {
                        changed = middle;
                    }
                }

                return (same, problem.AlternativeIds[ranker.Top(j, changed)], true);
            }

            same = next;
        }

        return (end, null, true);
    }

    /// <summary>Counts scorings and rankings against the budget (see <see cref="WorkBudget"/> for their costs).</summary>
    private sealed class WorkMeter(long budget, int alternatives, int criteria)
    {
        private readonly long scoring = (long)alternatives * criteria;
        private readonly long ranking = (long)alternatives * criteria * (alternatives + 2) / 2;
        private long used;

        public bool Exhausted => used > budget;

        public void ChargeScoring(int scorings = 1) => used += scorings * scoring;

        public void ChargeRanking(int rankings = 1) => used += rankings * ranking;
    }

    /// <summary>
    /// The winner of the problem with one weight moved, as <see cref="Rank"/>(problem, <see cref="WeightsAt"/>(...))[0]
    /// computes it, the same arithmetic in the same order, into buffers kept for the whole search (the search ranks
    /// thousands of times).
    /// </summary>
    private sealed class Ranker(Problem problem)
    {
        private readonly double[] weights = new double[problem.N];
        private readonly double[] scores = new double[problem.M];
        private readonly double[] cells = new double[problem.M * problem.N];
        private readonly double[] columnA = new double[problem.N];
        private readonly double[] columnB = new double[problem.N];
        private readonly int[] order = new int[problem.M];
        private readonly int[] criteria = new int[problem.N];

        public int Top(int j, double t)
        {
            var rest = 1 - problem.Weights[j];
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = k == j ? t : rest > 1e-12 ? problem.Weights[k] * (1 - t) / rest : (1 - t) / (weights.Length - 1);
            }

            ScoringKernel.Score(problem, problem.Values, weights, problem.M, scores, cells, columnA, columnB);
            TieBreak.Order(order, scores, problem.Values, problem.N, problem.Benefit, CriteriaOrder(), problem.AlternativeIds);
            return order[0];
        }

        // TieBreak.CriteriaOrder without its allocations while every weight is positive (all but the ends of a scan).
        private int[] CriteriaOrder()
        {
            if (Array.Exists(weights, w => !(w > 0)))
            {
                return TieBreak.CriteriaOrder(weights);
            }

            for (var a = 0; a < criteria.Length; a++)
            {
                var current = a;
                var b = a - 1;
                while (b >= 0 && weights[criteria[b]] < weights[current])
                {
                    criteria[b + 1] = criteria[b];
                    b--;
                }

                criteria[b + 1] = current;
            }

            return criteria;
        }
    }

    private static double[] Scores(Problem problem, double[] weights)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        ScoringKernel.Score(problem, problem.Values, weights, m, scores, new double[m * n], new double[n], new double[n]);
        return scores;
    }
}
