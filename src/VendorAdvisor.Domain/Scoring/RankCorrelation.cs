namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Kendall's tau-b between two scorings of the same alternatives (higher = better in both). Every pair is concordant,
/// discordant, or tied in one or both scorings; scores within the engine's tie tolerance (<see cref="TieBreak"/>, a
/// relative 1e-9) are ties, so the tie-break's arbitrary order never counts as agreement. tau-b = (C - D) /
/// sqrt((P - Tx)(P - Ty)) with P all pairs, Tx and Ty the pairs tied in each scoring. Undefined (null) when either
/// scoring ties everyone (or fewer than two alternatives).
/// </summary>
public static class RankCorrelation
{
    public const string Description =
        "Kendall's tau-b between the two methods' scores: pairs of alternatives whose scores are within a relative 1e-9 count as tied (not as agreeing or disagreeing), and tau-b corrects its denominator for ties in either method; null when a method ties every alternative.";

    public static double? KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("both scorings must cover the same alternatives.", nameof(y));
        }

        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0, pairs = 0;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                pairs++;
                var sx = Sign(x[i], x[j]);
                var sy = Sign(y[i], y[j]);
                if (sx == 0)
                {
                    tiedX++;
                }

                if (sy == 0)
                {
                    tiedY++;
                }

                if (sx != 0 && sy != 0)
                {
                    if (sx == sy)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }
        }

        var denominator = Math.Sqrt((double)(pairs - tiedX) * (pairs - tiedY));
        return denominator > 0 ? (concordant - discordant) / denominator : null;
    }

    private static int Sign(double a, double b) => TieBreak.Tied(a, b) ? 0 : a > b ? 1 : -1;
}
