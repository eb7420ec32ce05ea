namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// VIKOR's measures per alternative (input order): group utility S, individual regret R and the compromise index Q,
/// all lower-is-better. <see cref="OrderByQ"/> lists alternative indexes by ascending Q (ties by input order).
/// C1 (acceptable advantage): Q(a'') - Q(a') >= DQ = 1/(m - 1). C2 (acceptable stability): a' is also best by S or R.
/// <see cref="CompromiseSet"/>: {a'} when both hold; {a', a''} when only C2 fails; when C1 fails, every a(k) with
/// Q(a(k)) - Q(a') &lt; DQ.
/// </summary>
public sealed record VikorResult(
    IReadOnlyList<double> S,
    IReadOnlyList<double> R,
    IReadOnlyList<double> Q,
    double V,
    IReadOnlyList<int> OrderByQ,
    double DQ,
    bool AcceptableAdvantage,
    bool AcceptableStability,
    IReadOnlyList<int> CompromiseSet);
