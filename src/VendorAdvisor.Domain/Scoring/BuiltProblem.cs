namespace VendorAdvisor.Domain.Scoring;

/// <summary>A validated <see cref="Problem"/> with what the engine needs to report in the caller's terms: the declared
/// normalisation, the power-of-two exponent applied to each criterion, and where the weights came from.</summary>
internal sealed record BuiltProblem(
    Problem Problem, Normalisation Declared, int[] Exponents, string WeightsSource, AhpWeights? Ahp,
    PreferenceFunction[] DeclaredPreferences, ObjectiveWeights? Objective);
