namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// How far one weight can move before the winner changes, for <see cref="SensitivityAnalysis"/>: solved exactly for
/// the weighted sum (its scores are linear in each weight once the others are rescaled proportionally), searched
/// numerically for the other methods (a scan in steps of 0.01 from the weight towards each end, then 60 bisection
/// steps at the first change).
/// </summary>
internal static class WeightSearch
{
    public static WeightStability Exact(Problem problem, int j, int winner, SensitivityWorkMeter meter, SensitivityRanker ranker)
    {
        int m = problem.M;
        meter.ChargeScoring(2);
        var w = problem.Weights[j];
        var atOne = Scores(problem, SensitivityAnalysis.WeightsAt(problem.Weights, j, 1));
        var atZero = Scores(problem, SensitivityAnalysis.WeightsAt(problem.Weights, j, 0));
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

    private static string? WinnerBeyond(Problem problem, int j, double bound, int direction, int winner, SensitivityWorkMeter meter, SensitivityRanker ranker)
    {
        meter.ChargeRanking();
        var t = Math.Clamp(bound + (direction * 1e-6), 0, 1);
        var top = ranker.Top(j, t);
        return top == winner ? null : problem.AlternativeIds[top];
    }

    /// <summary>Null when the budget ran out before both directions were searched.</summary>
    public static WeightStability? Numeric(Problem problem, int j, int winner, SensitivityWorkMeter meter, SensitivityRanker ranker)
    {
        var w = problem.Weights[j];
        var (lower, below, searchedDown) = Search(problem, j, winner, w, -1, meter, ranker);
        var (upper, above, searchedUp) = searchedDown ? Search(problem, j, winner, w, +1, meter, ranker) : (1, null, false);
        return searchedDown && searchedUp ? new WeightStability(problem.CriterionIds[j], w, lower, upper, below, above) : null;
    }

    private static (double Bound, string? NewWinner, bool Finished) Search(Problem problem, int j, int winner, double from, int direction, SensitivityWorkMeter meter, SensitivityRanker ranker)
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

    private static double[] Scores(Problem problem, double[] weights)
    {
        int m = problem.M, n = problem.N;
        var scores = new double[m];
        ScoringKernel.Score(problem, problem.Values, weights, m, scores, new double[m * n], new double[n], new double[n]);
        return scores;
    }
}
