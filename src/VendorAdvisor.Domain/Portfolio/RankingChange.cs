using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Portfolio;

/// <summary>One vendor under the current and the proposed catalog. A null rank means excluded by the constraints.</summary>
public sealed record VendorShift(string Vendor, int? CurrentRank, int? ProposedRank, double? CurrentScore, double? ProposedScore)
{
    public double ScoreChange => (ProposedScore ?? 0) - (CurrentScore ?? 0);
}

/// <summary>How one profile's advice would change. Impact is the largest absolute change of a vendor's score;
/// RanksChanged counts the vendors whose place (or exclusion) changes.</summary>
public sealed record RankingChange(
    string? CurrentWinner,
    string? ProposedWinner,
    bool WinnerChanged,
    int RanksChanged,
    double Impact,
    IReadOnlyList<VendorShift> Vendors)
{
    /// <summary>Scores closer than this count as equal: the two catalogs are scored by the same arithmetic, so only
    /// a real change of an input moves a score by more.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>How a profile's ranking changes from one catalog to another (null: not at all), as recommendations rank
    /// it: with the regulation catalogue's readiness applied when one is given. The weights (and the readiness) are derived
    /// once when both catalogs have the same criteria (and vendors), as they depend on nothing else.</summary>
    public static RankingChange? Of(ClientProfile profile, VendorCatalog current, VendorCatalog proposed, McdaMethod method = McdaMethod.WeightedSum,
        RegulationCatalog? regulations = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var weights = Advisor.WeightsFor(profile, current, method);
        var same = current.Criteria.Select(c => c.Id).SequenceEqual(proposed.Criteria.Select(c => c.Id), StringComparer.Ordinal)
            && current.Vendors.Select(v => v.Id).SequenceEqual(proposed.Vendors.Select(v => v.Id), StringComparer.Ordinal);
        var readiness = regulations is null ? null : RegulatedAdvisor.Readiness(profile, current, regulations);
        var before = RegulatedAdvisor.Rank(profile, current, regulations, method, weights, readiness);
        var after = same
            ? RegulatedAdvisor.Rank(profile, proposed, regulations, method, weights, readiness)
            : RegulatedAdvisor.Rank(profile, proposed, regulations, method, Advisor.WeightsFor(profile, proposed, method));
        return Between(before, after);
    }

    /// <summary>The change between two rankings of one profile, or null when nothing about them differs.</summary>
    public static RankingChange? Between(Standings current, Standings proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var vendors = current.Ranking.Select(v => v.Vendor).Concat(current.Excluded.Select(e => e.Vendor))
            .Concat(proposed.Ranking.Select(v => v.Vendor)).Concat(proposed.Excluded.Select(e => e.Vendor))
            .Distinct(StringComparer.Ordinal).ToList();
        var shifts = new List<VendorShift>(vendors.Count);
        foreach (var vendor in vendors)
        {
            var before = current.Ranking.FirstOrDefault(v => v.Vendor == vendor);
            var after = proposed.Ranking.FirstOrDefault(v => v.Vendor == vendor);
            shifts.Add(new VendorShift(vendor, before?.Rank, after?.Rank, before?.Score, after?.Score));
        }

        var ranksChanged = shifts.Count(s => s.CurrentRank != s.ProposedRank);
        var impact = shifts.Count == 0 ? 0 : shifts.Max(s => Math.Abs(s.ScoreChange));
        if (ranksChanged == 0 && impact <= Tolerance)
        {
            return null;
        }

        var ordered = shifts.OrderBy(s => s.ProposedRank ?? int.MaxValue).ThenBy(s => s.CurrentRank ?? int.MaxValue).ThenBy(s => s.Vendor, StringComparer.Ordinal).ToArray();
        return new RankingChange(current.Winner, proposed.Winner, current.Winner != proposed.Winner, ranksChanged, impact, ordered);
    }
}
