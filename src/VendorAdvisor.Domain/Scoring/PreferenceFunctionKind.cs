namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// PROMETHEE's six generalised criteria (Brans &amp; Vincke 1985; Brans, Vincke &amp; Mareschal 1986), named as in Brans
/// &amp; Mareschal (2005). d is the difference in favour of the first alternative, in the criterion's own units.
/// </summary>
public enum PreferenceFunctionKind
{
    /// <summary>Type I: any positive difference is a full preference.</summary>
    Usual,

    /// <summary>Type II (quasi-criterion): indifferent up to q, full preference above.</summary>
    UShape,

    /// <summary>Type III (linear preference): preference grows as d/p up to p, full above.</summary>
    VShape,

    /// <summary>Type IV: indifferent up to q, half preference up to p, full above.</summary>
    Level,

    /// <summary>Type V (V-shape with indifference): indifferent up to q, (d - q)/(p - q) up to p, full above.</summary>
    Linear,

    /// <summary>Type VI: 1 - exp(-d²/(2s²)).</summary>
    Gaussian,
}
