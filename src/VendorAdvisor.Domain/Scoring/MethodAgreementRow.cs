namespace VendorAdvisor.Domain.Scoring;

/// <summary>One method's verdict on the same alternatives and weights: its winner (after the engine's tie-break), whether
/// that is the chosen method's winner, and Kendall's tau-b between its scores and the chosen method's.</summary>
public sealed record MethodAgreementRow(McdaMethod Method, string? Winner, bool SameWinner, double? KendallTauB, bool Chosen);
