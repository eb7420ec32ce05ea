namespace VendorAdvisor.Domain.Scoring;

/// <summary>Weights read from the decision matrix instead of given: see <see cref="EntropyWeights"/> and
/// <see cref="CriticWeights"/>.</summary>
public enum ObjectiveWeighting
{
    /// <summary>Shannon entropy of the raw values' proportions (values must be non-negative).</summary>
    Entropy,

    /// <summary>Shannon entropy after min-max normalisation (cost reversed), for values of any sign.</summary>
    EntropyMinMax,

    /// <summary>CRITIC: contrast (standard deviation) times conflict (1 - correlation) per criterion.</summary>
    Critic,
}
