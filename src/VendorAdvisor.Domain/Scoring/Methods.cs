namespace VendorAdvisor.Domain.Scoring;

/// <summary>How alternatives are aggregated over criteria.</summary>
public enum McdaMethod
{
    WeightedSum,
    Topsis,
    Ahp,
}

/// <summary>How raw values become comparable before aggregation.</summary>
public enum NormalisationKind
{
    /// <summary>Raw values as given (cost criteria negated); only for data already on one scale.</summary>
    None,

    /// <summary>(x - min) / (max - min) over a declared scale, e.g. the catalog's 0..10.</summary>
    FixedScale,

    /// <summary>(x - min) / (max - min) over the observed column; a constant column gives everyone 1.</summary>
    MinMax,

    /// <summary>x / sqrt(sum of squares) per column, as TOPSIS prescribes.</summary>
    Vector,

    /// <summary>x / sum per column (cost: (1/x) / sum of 1/x), AHP's distributive mode.</summary>
    Sum,
}

/// <summary>The normalisation used, with its scale when it has one.</summary>
public sealed record Normalisation(NormalisationKind Kind, double? ScaleMin = null, double? ScaleMax = null)
{
    public static Normalisation Catalog { get; } = new(NormalisationKind.FixedScale, 0, 10);

    public string Description => Kind switch
    {
        NormalisationKind.None => "raw values, cost criteria negated",
        NormalisationKind.FixedScale => FormattableString.Invariant(
            $"fixed scale {ScaleMin}..{ScaleMax}: benefit (x - min)/(max - min), cost (max - x)/(max - min)"),
        NormalisationKind.MinMax => "observed min-max per criterion: benefit (x - min)/(max - min), cost (max - x)/(max - min); a constant column scores 1 for everyone",
        NormalisationKind.Vector => "vector: x / sqrt(sum of squares) per criterion; cost criteria handled by the choice of ideal and anti-ideal",
        NormalisationKind.Sum => "distributive: benefit x / sum, cost (1/x) / sum of (1/x) per criterion",
        _ => Kind.ToString(),
    };

    /// <summary>The default normalisation for a method over raw data of unknown magnitude.</summary>
    public static Normalisation DefaultFor(McdaMethod method) => method switch
    {
        McdaMethod.Topsis => new Normalisation(NormalisationKind.Vector),
        McdaMethod.Ahp => new Normalisation(NormalisationKind.Sum),
        _ => new Normalisation(NormalisationKind.MinMax),
    };
}
