namespace VendorAdvisor.Api.Features.Catalog;

// A tenant's own view of one assessment, replacing the published one until removed.
public sealed record AssessmentOverridden(string Vendor, string Criterion, double Score, double Uncertainty, string Rationale);

public sealed record AssessmentOverrideRemoved(string Vendor, string Criterion);
