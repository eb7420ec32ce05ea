using VendorAdvisor.Domain.Portfolio;

namespace VendorAdvisor.Api.Features.Portfolio;

/// One profile whose advice would change. Not sealed: its NDJSON line is the same with a `kind`.
public record ProfileImpact(
    Guid ProfileId,
    string Name,
    bool WinnerChanged,
    string? CurrentWinner,
    string? ProposedWinner,
    int RanksChanged,
    double Impact,
    IReadOnlyList<VendorShiftResponse> Vendors)
{
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

/// The answer: which profiles' advice would change, biggest impact first, with totals. `profiles` holds the largest
/// impacts (as JSON up to 1,000, in the NDJSON summary 100); `complete` says whether that is every changed profile.
/// RegulationCatalogueVersion: the regulation catalogue whose readiness both rankings applied (the current one).
/// Not sealed: the NDJSON summary line is the same with a `kind` and the timing.
public record PortfolioImpactResponse(
    string CurrentCatalog,
    string ProposedCatalog,
    string Method,
    string RegulationCatalogueVersion,
    PortfolioTotals Totals,
    IReadOnlyList<ProfileImpact> Profiles,
    bool Complete)
{
    public static readonly PortfolioImpactResponse Example = new("2025.1-r2", "2025.1-r2 + 1 proposed override", "weighted-sum", "2026.1",
        new PortfolioTotals(240, 1, 3, 17, 220, 0, 0.0412, [new WinnerTransition("tencent-cloud", "alibaba-cloud", 1)]),
        [ProfileImpact.Example], true);
}

/// An NDJSON line for one changed profile, written as soon as the profile is scored (so in no particular order).
public sealed record PortfolioImpactProfileLine : ProfileImpact
{
    public PortfolioImpactProfileLine(ProfileImpact impact)
        : base(impact)
    {
    }

    /// <summary>Always "profile".</summary>
    public string Kind { get; init; } = "profile";
}

/// The last NDJSON line: the totals and the largest impacts, sorted, as the JSON answer has them.
public sealed record PortfolioImpactSummaryLine : PortfolioImpactResponse
{
    public PortfolioImpactSummaryLine(PortfolioImpactResponse answer, string timing)
        : base(answer) => Timing = timing;

    /// <summary>Always "summary".</summary>
    public string Kind { get; init; } = "summary";

    /// <summary>Where the time went, in Server-Timing syntax (a JSON answer has it in the Server-Timing header): `score;dur=` milliseconds scoring both catalogs, `total;dur=` the whole request, `cpu;dur=` the process's CPU time meanwhile.</summary>
    public string Timing { get; init; }
}
