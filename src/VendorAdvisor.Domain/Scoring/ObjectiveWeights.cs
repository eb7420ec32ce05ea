namespace VendorAdvisor.Domain.Scoring;

/// <summary>Weights read from the decision matrix itself (input criterion order, summing to one), with each criterion's
/// information measure: 1 - entropy for the entropy method, C = σ Σ(1 - r) for CRITIC.</summary>
public sealed record ObjectiveWeights(
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> Information,
    string Procedure,
    IReadOnlyList<string> Warnings);
