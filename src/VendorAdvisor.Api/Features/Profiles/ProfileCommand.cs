using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Profiles;

/// What can be asked of a profile's stream. Each command carries everything its decision needs (the catalog, the
/// clock's reading, the caller), so that ProfileDecisions reads nothing and can be tested without a database.
public abstract record ProfileCommand
{
    private ProfileCommand(Guid profileId) => ProfileId = profileId;

    public Guid ProfileId { get; }

    /// A new profile; its id is new (Guid.CreateVersion7()), so there is no state to decide against.
    public sealed record Create(Guid Id, ClientProfile Client) : ProfileCommand(Id);

    /// A change based on the version in IfMatch; what is null stays as it is.
    public sealed record Change(
        Guid Id,
        string? IfMatch,
        ProfileAttributes Attributes,
        IReadOnlyDictionary<string, double>? Priorities,
        ProfileConstraints? Constraints,
        RegulatoryFacts? Regulatory) : ProfileCommand(Id);

    /// Archive, if the profile is still at IfMatch when one is given.
    public sealed record Archive(Guid Id, string? IfMatch) : ProfileCommand(Id);

    /// Score the profile's current version and record it. Options is null when the team's weights were asked for and
    /// nobody has judged the profile yet.
    public sealed record IssueRecommendation(
        Guid Id,
        Guid RecommendationId,
        RecommendationOptions? Options,
        string CatalogVersion,
        VendorCatalog Catalog,
        RegulationCatalog? Regulations,
        DateTimeOffset IssuedAt,
        string IssuedBy) : ProfileCommand(Id);

    /// A team member's judgement of the criteria, its matrix in the catalog's order.
    public sealed record RecordJudgment(Guid Id, string Member, IReadOnlyList<IReadOnlyList<double>> Matrix) : ProfileCommand(Id);
}
