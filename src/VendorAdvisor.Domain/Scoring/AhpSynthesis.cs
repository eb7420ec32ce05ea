namespace VendorAdvisor.Domain.Scoring;

/// <summary>An AHP hierarchy's result: the criteria's weights, each criterion's local priorities of the alternatives, and their global priorities.</summary>
public sealed record AhpSynthesis(AhpWeights Criteria, IReadOnlyList<AhpWeights> LocalPriorities, IReadOnlyList<double> GlobalPriorities);
