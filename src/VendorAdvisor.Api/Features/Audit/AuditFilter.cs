using FastEndpoints;

namespace VendorAdvisor.Api.Features.Audit;

/// The query both the paged feed and the live stream take: the same filters, one set of limits. Where to
/// start and how many events differ in meaning between the two, so each request says what they mean.
public abstract record AuditFilter
{
    public abstract string? After { get; init; }

    public abstract int? Limit { get; init; }

    /// <summary>Only events of this type, e.g. recommendation_issued, profile_attributes_changed, api_key_issued.</summary>
    [QueryParam]
    public string? Type { get; init; }

    /// <summary>Only events caused by this API key name.</summary>
    [QueryParam]
    public string? Actor { get; init; }

    /// <summary>Only events of this stream (a profile id, for example).</summary>
    [QueryParam]
    public Guid? Stream { get; init; }

    /// <summary>Only events at or after this moment.</summary>
    [QueryParam]
    public DateTimeOffset? From { get; init; }

    /// <summary>Only events before this moment.</summary>
    [QueryParam]
    public DateTimeOffset? To { get; init; }
}
