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
        var meter = new SensitivityWorkMeter(WorkBudget, m, n);
        var ranker = new SensitivityRanker(problem, winner);
        var stabilities = new List<WeightStability>(n);
        for (var j = 0; j < n && !meter.Exhausted; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stability = m < 2 || n < 2
                ? new WeightStability(problem.CriterionIds[j], problem.Weights[j], 0, 1, null, null)
                : problem.Method == McdaMethod.WeightedSum ? WeightSearch.Exact(problem, j, winner, meter, ranker) : WeightSearch.Numeric(problem, j, winner, meter, ranker);
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
}
