using System.Globalization;
using VendorAdvisor.Domain.Portfolio;

namespace VendorAdvisor.Api.Features.Portfolio;

/// One profile whose advice would change.
public sealed record ProfileImpact(
    Guid ProfileId,
    string Name,
    bool WinnerChanged,
    string? CurrentWinner,
    string? ProposedWinner,
    int RanksChanged,
    double Impact,
    IReadOnlyList<VendorShiftResponse> Vendors)
{
    /// <summary>NDJSON only: "profile" for a profile's line.</summary>
    public string? Kind { get; init; }

    public static ProfileImpact From(Guid id, string name, RankingChange change) => new(id, name, change.WinnerChanged,
        change.CurrentWinner, change.ProposedWinner, change.RanksChanged, change.Impact,
        [.. change.Vendors.Select(v => new VendorShiftResponse(v.Vendor, v.CurrentRank, v.ProposedRank, v.CurrentScore, v.ProposedScore, v.ScoreChange))]);

    public static readonly ProfileImpact Example = new(Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"), "Domestic mobile-game studio",
        true, "tencent-cloud", "alibaba-cloud", 2, 0.0412,
        [
            new("alibaba-cloud", 2, 1, 0.8190, 0.8602, 0.0412),
            new("tencent-cloud", 1, 2, 0.8470, 0.8470, 0),
            new("huawei-cloud", 3, 3, 0.7890, 0.7890, 0),
        ]);
}

/// A vendor's rank and score under the current and the proposed catalog; a null rank means excluded.
public sealed record VendorShiftResponse(string Vendor, int? CurrentRank, int? ProposedRank, double? CurrentScore, double? ProposedScore, double ScoreChange);

/// How many profiles moved from one winner to another.
public sealed record WinnerTransition(string? From, string? To, int Profiles);

public sealed record PortfolioTotals(
    int Profiles,
    int WinnerChanged,
    int RankingChanged,
    int ScoresOnlyChanged,
    int Unchanged,
    int Failed,
    double MaxImpact,
    IReadOnlyList<WinnerTransition> Transitions);

/// The answer: which profiles' advice would change, biggest impact first, with totals. As NDJSON (large
/// portfolios, or on request), `profiles` holds only the largest impacts and every changed profile has a line.
public sealed record PortfolioImpactResponse(
    string CurrentCatalog,
    string ProposedCatalog,
    string Method,
    PortfolioTotals Totals,
    IReadOnlyList<ProfileImpact> Profiles,
    bool Complete)
{
    /// <summary>NDJSON only: "summary" for the last line.</summary>
    public string? Kind { get; init; }

    /// <summary>NDJSON only (JSON has it in the Server-Timing header): milliseconds spent scoring, and in all.</summary>
    public string? Timing { get; init; }

    public static readonly PortfolioImpactResponse Example = new("2025.1-r2", "2025.1-r2 + 1 proposed override", "weighted-sum",
        new PortfolioTotals(240, 1, 3, 17, 220, 0, 0.0412, [new WinnerTransition("tencent-cloud", "alibaba-cloud", 1)]),
        [ProfileImpact.Example], true);
}

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
