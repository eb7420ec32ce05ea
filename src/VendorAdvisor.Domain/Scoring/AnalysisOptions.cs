namespace VendorAdvisor.Domain.Scoring;

/// <summary>How to analyse a profile. Without a pairwise matrix the weights come from the profile (rules and priorities).</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public McdaMethod Method { get; init; } = McdaMethod.WeightedSum;

    /// <summary>Optional AHP pairwise comparison of the criteria; rows in the order of <see cref="PairwiseCriteria"/>
    /// or, when that is absent, of the catalog's criteria.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? PairwiseMatrix { get; init; }

    public IReadOnlyList<string>? PairwiseCriteria { get; init; }

    /// <summary>Monte Carlo samples; 0 skips the uncertainty analysis.</summary>
    public int Samples { get; init; } = DecisionEngine.DefaultSamples;

    /// <summary>Treat <see cref="Samples"/> as a cap and stop once the probabilities of ranking first are known to a
    /// standard error of 0.005 (the manifest records the samples drawn and the rule).</summary>
    public bool AdaptiveSamples { get; init; }

    public ulong Seed { get; init; } = DecisionEngine.DefaultSeed;

    /// <summary>VIKOR's v (weight of the group utility against the individual regret), 0..1.</summary>
    public double VikorV { get; init; } = Vikor.DefaultV;
}
