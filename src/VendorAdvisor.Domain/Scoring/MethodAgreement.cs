namespace VendorAdvisor.Domain.Scoring;

/// <summary>Whether the winner is the same under every method the engine offers (a consultant trusts advice more when
/// the methods agree), with the rank correlation of each to the chosen method and how each method was set up.</summary>
public sealed record MethodAgreement(
    IReadOnlyList<MethodAgreementRow> Methods,
    bool SameWinnerEverywhere,
    string Correlation,
    string Settings);
