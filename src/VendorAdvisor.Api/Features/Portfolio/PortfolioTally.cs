using System.Globalization;

namespace VendorAdvisor.Api.Features.Portfolio;

/// Counts as profiles are scored, and keeps the changed ones: all of them (up to a bound) or only the largest.
public sealed class PortfolioTally(int keep)
{
    private readonly PriorityQueue<ProfileImpact, ProfileImpact> kept = new(Comparer<ProfileImpact>.Create((a, b) => -Compare(a, b)));
    private readonly Dictionary<(string?, string?), int> transitions = [];
    private int profiles, winnerChanged, rankingChanged, scoresOnly, failed;
    private double maxImpact;

    public void Unchanged() => profiles++;

    public void Failed() => (profiles, failed) = (profiles + 1, failed + 1);

    public void Changed(ProfileImpact impact)
    {
        profiles++;
        if (impact.WinnerChanged)
        {
            winnerChanged++;
            var key = (impact.CurrentWinner, impact.ProposedWinner);
            transitions[key] = transitions.GetValueOrDefault(key) + 1;
        }
        if (impact.RanksChanged > 0) rankingChanged++; else scoresOnly++;
        maxImpact = Math.Max(maxImpact, impact.Impact);
        // A bounded heap whose top is the smallest impact kept: memory stays at `keep` whatever the portfolio.
        kept.Enqueue(impact, impact);
        if (kept.Count > keep) kept.Dequeue();
    }

    public bool Truncated => rankingChanged + scoresOnly > keep;

    public PortfolioTotals Totals() => new(profiles, winnerChanged, rankingChanged, scoresOnly,
        profiles - rankingChanged - scoresOnly - failed, failed, maxImpact,
        [.. transitions.OrderByDescending(t => t.Value).ThenBy(t => t.Key.Item1, StringComparer.Ordinal).ThenBy(t => t.Key.Item2, StringComparer.Ordinal)
            .Select(t => new WinnerTransition(t.Key.Item1, t.Key.Item2, t.Value))]);

    public IReadOnlyList<ProfileImpact> Largest() => [.. kept.UnorderedItems.Select(item => item.Element).Order(Comparer<ProfileImpact>.Create(Compare))];

    /// Biggest impact first: a changed winner, then more vendors moved, then the larger score change; then by name and
    /// id, so that the order is stable.
    public static int Compare(ProfileImpact a, ProfileImpact b)
    {
        var byImpact = b.WinnerChanged.CompareTo(a.WinnerChanged);
        if (byImpact == 0) byImpact = b.RanksChanged.CompareTo(a.RanksChanged);
        if (byImpact == 0) byImpact = b.Impact.CompareTo(a.Impact);
        if (byImpact == 0) byImpact = string.Compare(a.Name, b.Name, StringComparison.Ordinal);
        return byImpact != 0 ? byImpact : a.ProfileId.CompareTo(b.ProfileId);
    }

    public static string Describe(int overrides) => string.Create(CultureInfo.InvariantCulture, $"{overrides} proposed override{(overrides == 1 ? "" : "s")}");
}
