namespace VendorAdvisor.Domain.Scoring;

/// <summary>What the entropy method's proportions p = r / Σr are computed from.</summary>
public enum EntropyNormalisation
{
    /// <summary>r = x, the raw values (non-negative, direction ignored): Hwang &amp; Yoon (1981); Zavadskas et al. (2017).</summary>
    Sum,

    /// <summary>r = min-max normalised values, cost criteria reversed (any real values).</summary>
    MinMax,
}
