namespace VendorAdvisor.Domain.Scoring;

/// <summary>How alternatives are aggregated over criteria.</summary>
public enum McdaMethod
{
    WeightedSum,
    Topsis,
    Ahp,

    /// <summary>Opricovic &amp; Tzeng (2004). The engine's score is 1 - Q (higher is better, like the other methods);
    /// S, R, Q, the two conditions and the compromise set are reported beside the ranking.</summary>
    Vikor,

    /// <summary>Brans &amp; Vincke (1985): the score is the net flow φ in [-1, 1].</summary>
    PrometheeII,
}
