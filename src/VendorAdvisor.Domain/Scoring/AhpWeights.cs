namespace VendorAdvisor.Domain.Scoring;

/// <summary>Principal-eigenvector weights of a pairwise comparison matrix and Saaty's consistency measures.</summary>
public sealed record AhpWeights(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    bool Consistent,
    int Iterations);
