namespace VendorAdvisor.Domain.Scoring;

/// <summary>How alternatives are aggregated over criteria.</summary>
public enum McdaMethod
{
    WeightedSum,
    Topsis,
    Ahp,
}
