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
/// RegulationCatalogueVersion: the regulation catalogue whose readiness both rankings applied (the current one).
public sealed record PortfolioImpactResponse(
    string CurrentCatalog,
    string ProposedCatalog,
    string Method,
    string RegulationCatalogueVersion,
    PortfolioTotals Totals,
    IReadOnlyList<ProfileImpact> Profiles,
    bool Complete)
{
    /// <summary>NDJSON only: "summary" for the last line.</summary>
    public string? Kind { get; init; }

    /// <summary>NDJSON only (JSON has it in the Server-Timing header): milliseconds spent scoring, and in all.</summary>
    public string? Timing { get; init; }

    public static readonly PortfolioImpactResponse Example = new("2025.1-r2", "2025.1-r2 + 1 proposed override", "weighted-sum", "2026.1",
        new PortfolioTotals(240, 1, 3, 17, 220, 0, 0.0412, [new WinnerTransition("tencent-cloud", "alibaba-cloud", 1)]),
        [ProfileImpact.Example], true);
}
