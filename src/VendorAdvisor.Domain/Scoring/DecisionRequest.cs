namespace VendorAdvisor.Domain.Scoring;

/// <summary>A criterion of a generic decision matrix; a cost criterion (Benefit false) is better when lower.</summary>
public sealed record DecisionCriterion(string Id, bool Benefit = true);

/// <summary>An alternative's raw values (any magnitude) and, optionally, their standard deviations.</summary>
public sealed record DecisionAlternative(
    string Id,
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyDictionary<string, double>? Uncertainty = null);

/// <summary>A generic decision problem. Give <see cref="Weights"/> or <see cref="PairwiseMatrix"/> (rows and
/// columns in the order of <see cref="Criteria"/>), or <see cref="ObjectiveWeights"/> to read them from the matrix, or
/// none for equal weights. <see cref="VikorV"/> and <see cref="PreferenceFunctions"/> (by criterion id, thresholds in
/// the criterion's units; usual where absent) set up VIKOR and PROMETHEE II, as chosen method or in the agreement table.</summary>
public sealed record DecisionRequest(
    IReadOnlyList<DecisionCriterion> Criteria,
    IReadOnlyList<DecisionAlternative> Alternatives,
    IReadOnlyDictionary<string, double>? Weights = null,
    IReadOnlyList<IReadOnlyList<double>>? PairwiseMatrix = null,
    McdaMethod Method = McdaMethod.WeightedSum,
    Normalisation? Normalisation = null,
    int Samples = DecisionEngine.DefaultSamples,
    ulong Seed = DecisionEngine.DefaultSeed,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<double>>>? AlternativeComparisons = null,
    double VikorV = Vikor.DefaultV,
    IReadOnlyDictionary<string, PreferenceFunction>? PreferenceFunctions = null,
    ObjectiveWeighting? ObjectiveWeights = null);
