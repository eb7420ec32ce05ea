namespace VendorAdvisor.Domain.Scoring;

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
