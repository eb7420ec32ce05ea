using VendorAdvisor.Api.Features.Profiles;

namespace VendorAdvisor.Api.Features.Recommendations;

/// Where a recommendation is stored: the version of its event in its profile's stream. The event is the only
/// stored copy of the recommendation (it was once also kept whole here: views written then still carry it in
/// <see cref="Issued"/>, and are read from there). Written by the issuing endpoint, which knows the version.
public sealed class RecommendationView
{
    public Guid Id { get; set; }
    public Guid ProfileId { get; set; }
    public long Version { get; set; }
    public RecommendationIssued? Issued { get; set; }
}
