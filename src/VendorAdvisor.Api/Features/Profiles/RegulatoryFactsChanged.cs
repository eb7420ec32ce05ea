using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Profiles;

/// Only the regulatory facts that changed are set; the others are null (unchanged, not unknown).
public sealed record RegulatoryFactsChanged(RegulatoryFacts Changes);
