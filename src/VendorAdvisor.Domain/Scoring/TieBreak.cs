namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// The ordering rule shared by ranking, sensitivity and Monte Carlo. Scores closer than
/// <see cref="RelativeTolerance"/> are a tie; a tie goes to the alternative better on the most heavily weighted
/// criterion where they differ (raw values, oriented by benefit/cost), then to the smaller id in ordinal order.
/// </summary>
public static class TieBreak
{
    public const double RelativeTolerance = 1e-9;

    public const string Rule =
        "Scores within a relative 1e-9 are tied; a tie goes to the alternative better on the most heavily weighted criterion " +
        "on which the two differ (criteria of equal weight in their given order), then to the smaller id in ordinal order.";

    internal static int[] CriteriaOrder(double[] weights)
    {
        var order = Enumerable.Range(0, weights.Length).Where(j => weights[j] > 0).ToArray();
        SortByWeight(order, weights);
        return order;
    }

    /// <summary>Orders criterion indices by descending weight, in place. Insertion sort: stable, so equal weights keep
    /// the criteria's given order, and no allocation (the sensitivity scan calls it on every step).</summary>
    internal static void SortByWeight(Span<int> order, double[] weights)
    {
        for (var a = 1; a < order.Length; a++)
        {
            var current = order[a];
            var b = a - 1;
            while (b >= 0 && weights[order[b]] < weights[current])
            {
                order[b + 1] = order[b];
                b--;
            }

            order[b + 1] = current;
        }
    }

    internal static bool Tied(double a, double b) =>
        Math.Abs(a - b) <= RelativeTolerance * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Negative when alternative a ranks above b.</summary>
    internal static int Compare(
        int a, int b, ReadOnlySpan<double> scores, ReadOnlySpan<double> values, int n,
        bool[] benefit, int[] criteriaOrder, string[] ids)
    {
        if (!Tied(scores[a], scores[b]))
        {
            return scores[b].CompareTo(scores[a]);
        }

        foreach (var j in criteriaOrder)
        {
            double va = values[(a * n) + j], vb = values[(b * n) + j];
            if (va != vb)
            {
                return benefit[j] ? vb.CompareTo(va) : va.CompareTo(vb);
            }
        }

        return string.CompareOrdinal(ids[a], ids[b]);
    }

    // Clear score gaps decide at once; only near-ties pay for the full rule.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Before(
        int a, int b, ReadOnlySpan<double> scores, ReadOnlySpan<double> values, int n,
        bool[] benefit, int[] criteriaOrder, string[] ids)
    {
        double sa = scores[a], sb = scores[b];
        var gap = sa - sb;
        var tolerance = RelativeTolerance * Math.Max(1.0, Math.Max(Math.Abs(sa), Math.Abs(sb)));
        return gap > tolerance || (gap >= -tolerance && Compare(a, b, scores, values, n, benefit, criteriaOrder, ids) < 0);
    }

    /// <summary>Whether <paramref name="first"/>'s score is clear of every other score (beyond the tolerance), which puts
    /// it first in <see cref="Order"/> whatever the criteria and ids: insertion moves it past every alternative before it,
    /// and none after it can pass it. False for NaN scores, which leave the decision to <see cref="Order"/>.</summary>
    internal static bool ClearlyFirst(ReadOnlySpan<double> scores, int first)
    {
        var top = scores[first];
        for (var i = 0; i < scores.Length; i++)
        {
            if (i == first)
            {
                continue;
            }

            var other = scores[i];
            var tolerance = RelativeTolerance * Math.Max(1.0, Math.Max(Math.Abs(top), Math.Abs(other)));
            if (!(top - other > tolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fills <paramref name="order"/> with alternative indexes, best first (stable insertion sort: no allocation, never throws).</summary>
    internal static void Order(
        Span<int> order, ReadOnlySpan<double> scores, ReadOnlySpan<double> values, int n,
        bool[] benefit, int[] criteriaOrder, string[] ids)
    {
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var a = 1; a < order.Length; a++)
        {
            var current = order[a];
            var b = a - 1;
            while (b >= 0 && Before(current, order[b], scores, values, n, benefit, criteriaOrder, ids))
            {
                order[b + 1] = order[b];
                b--;
            }

            order[b + 1] = current;
        }
    }
}
