namespace VendorAdvisor.Domain.Scoring;

/// <summary>PROMETHEE flows per alternative (in input order), scaled by 1/(m - 1) as in Brans &amp; Mareschal (2005):
/// leaving (φ+), entering (φ-) and net (φ = φ+ - φ-, PROMETHEE II's complete ranking, highest first).
/// <see cref="Preference"/>[a][b] is the aggregated preference index π(a, b); <see cref="CriterionNetFlows"/>[a][j]
/// the single-criterion net flow φj(a), so that φ(a) = Σ wj φj(a).</summary>
public sealed record PrometheeFlows(
    IReadOnlyList<double> Leaving,
    IReadOnlyList<double> Entering,
    IReadOnlyList<double> Net,
    IReadOnlyList<IReadOnlyList<double>> Preference,
    IReadOnlyList<IReadOnlyList<double>> CriterionNetFlows);
