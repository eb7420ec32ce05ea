using FluentValidation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Analyses;

/// A PROMETHEE preference function: `usual` (any difference is a full preference), `u-shape` (q), `v-shape` (p),
/// `level` (q &lt; p), `linear` (q &lt; p: nothing up to q, growing linearly to full at p) or `gaussian` (s); thresholds
/// in the criterion's own units.
public sealed record PreferenceFunctionInput
{
    [System.ComponentModel.DataAnnotations.Required]
    public PreferenceFunctionKind? Kind { get; init; }

    /// <summary>Indifference threshold: differences up to q are no preference (u-shape, level, linear).</summary>
    public double? Q { get; init; }

    /// <summary>Preference threshold: differences of p or more are a full preference (v-shape, level, linear).</summary>
    public double? P { get; init; }

    /// <summary>The gaussian's inflection point.</summary>
    public double? S { get; init; }

    public PreferenceFunction ToDomain() => new(Kind ?? PreferenceFunctionKind.Usual, Q, P, S);
}

/// How the weights were read from the matrix, with each criterion's information (1 - entropy, or CRITIC's C).
public sealed record ObjectiveWeightsResponse
{
    public required string Procedure { get; init; }

    public required IReadOnlyDictionary<string, double> Information { get; init; }

    public static ObjectiveWeightsResponse From(IReadOnlyList<string> criteria, ObjectiveWeights weights) => new()
    {
        Procedure = weights.Procedure,
        Information = criteria.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => weights.Information[x.j], StringComparer.Ordinal),
    };
}

/// Shape rules of the newer methods' settings, each failure on its field.
internal static class AnalysisMethodRules
{
    public static string MissingValue(string criterion) =>
        $"No value for '{AnalysisRules.Show(criterion)}'. A decision matrix needs every value: VendorAdvisor does not impute one and never reads a missing value as 0. Give the value, or leave the criterion or the alternative out.";

    public static void Check(ValidationContext<RunAnalysisRequest> context, RunAnalysisRequest request, IReadOnlyDictionary<string, bool> known)
    {
        if (request.VikorV is { } v && (!double.IsFinite(v) || v < 0 || v > 1))
        {
            context.AddFailure("vikorV", "v is a number between 0 and 1 (0.5: consensus; above: majority rule; below: veto).");
        }

        foreach (var (criterion, function) in request.PreferenceFunctions ?? new Dictionary<string, PreferenceFunctionInput>())
        {
            var field = $"preferenceFunctions.{AnalysisRules.Show(criterion)}";
            if (!known.ContainsKey(criterion))
            {
                context.AddFailure(field, $"There is no criterion '{AnalysisRules.Show(criterion)}'.");
            }
            else if (function?.Kind is null)
            {
                context.AddFailure(field, "Give the kind: usual, u-shape, v-shape, level, linear or gaussian.");
            }
            else
            {
                foreach (var problem in function.ToDomain().Validate())
                {
                    context.AddFailure(field, char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
                }
            }
        }

        if (request.ObjectiveWeights is not null && (request.Weights is not null || request.Pairwise is not null))
        {
            context.AddFailure("objectiveWeights", "Give weights, a pairwise matrix or objectiveWeights: only one of them.");
        }
    }
}
