using VendorAdvisor.Domain.Audit;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Profiles;

// The life of a client profile. Each event holds only what it changes, so the stream reads as a history.
public sealed record ProfileCreated(Guid ProfileId, ClientProfile Profile);

/// Only the attributes that changed are set; the others are null.
public sealed record ProfileAttributesChanged(ProfileAttributes Changes);

public sealed record PrioritiesSet(IReadOnlyDictionary<string, double>? Priorities);

public sealed record ConstraintsSet(ProfileConstraints? Constraints);

public sealed record ProfileArchived(Guid ProfileId);

/// Only the regulatory facts that changed are set; the others are null (unchanged, not unknown).
public sealed record RegulatoryFactsChanged(RegulatoryFacts Changes);

/// A team member's AHP pairwise comparison of the criteria for one client (Team/RecordTeamJudgment). The member is
/// the API key's name; rows and columns are in the catalog's criteria order (the request may use another order; it is
/// rearranged before it is stored). A later judgement by the same member replaces the earlier one in the team's
/// weights; both stay in the history.
public sealed record TeamJudgmentRecorded(Guid ProfileId, string Member, IReadOnlyList<IReadOnlyList<double>> Matrix);

/// Appended to the profile's stream. Holds the client as it was, the catalog version, the options and the full
/// result, and a hash over all of it chained to the profile's previous recommendation, so that altering any
/// stored recommendation breaks the chain. HashScheme names how the hash was computed (Domain/Audit/AuditHash);
/// records stored before it existed carry none and are checked by scheme 0.
public sealed record RecommendationIssued(
    Guid RecommendationId,
    Guid ProfileId,
    long ProfileVersion,
    ClientProfile Profile,
    string CatalogVersion,
    RecommendationOptions Options,
    RecommendationResult Result,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    string? PreviousHash,
    string Hash = "",
    string? HashScheme = null)
{
    /// The stored member that holds the hash, which the hash cannot cover.
    private const string HashMember = "hash";

    /// The record hashed with the current scheme, the scheme itself included in what is hashed.
    public RecommendationIssued Sealed()
    {
        var scheme = this with { HashScheme = AuditHash.Current };
        return scheme with { Hash = scheme.ComputeHash()! };
    }

    /// The hash under the record's own scheme; null when this version does not know that scheme.
    public string? ComputeHash() => AuditHash.IsKnown(HashScheme) ? AuditHash.Compute(this, HashScheme, HashMember) : null;
}

/// How a recommendation was asked for; with the profile and the catalog version, all it takes to compute it again.
/// Adaptive (true when the request named no samples; absent from recommendations issued before it existed): Samples
/// is then a cap, and the manifest records the samples drawn.
public sealed record RecommendationOptions(
    McdaMethod Method,
    IReadOnlyList<IReadOnlyList<double>>? Pairwise,
    IReadOnlyList<string>? PairwiseCriteria,
    int Samples,
    ulong Seed,
    bool? Adaptive = null,
    double? VikorV = null,
    TeamWeightsUsed? Team = null)
{
    public AnalysisOptions ToAnalysis() => new()
    {
        Method = Method,
        PairwiseMatrix = Pairwise,
        PairwiseCriteria = PairwiseCriteria,
        Samples = Samples,
        Seed = Seed,
        AdaptiveSamples = Adaptive == true,
        VikorV = VikorV ?? Vikor.DefaultV,
    };
}
