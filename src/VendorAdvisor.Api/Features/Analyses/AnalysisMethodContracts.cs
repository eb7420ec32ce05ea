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
