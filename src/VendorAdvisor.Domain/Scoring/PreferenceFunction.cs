using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>A PROMETHEE generalised criterion with its thresholds, in the criterion's own units: q the indifference
/// threshold, p the preference threshold, s the Gaussian's inflection point. Only the thresholds the kind uses are read.</summary>
public sealed record PreferenceFunction(PreferenceFunctionKind Kind, double? Q = null, double? P = null, double? S = null)
{
    public static PreferenceFunction Usual { get; } = new(PreferenceFunctionKind.Usual);

    /// <summary>The message for a preference function given without its kind.</summary>
    public const string NoKind = "Give the kind: usual, u-shape, v-shape, level, linear or gaussian.";

    /// <summary>What is wrong with the thresholds, in words; empty when the function is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        bool Finite(double? x) => x is { } v && double.IsFinite(v);
        switch (Kind)
        {
            case PreferenceFunctionKind.UShape:
                if (!Finite(Q) || Q < 0)
                {
                    problems.Add("the u-shape function needs a finite indifference threshold q >= 0");
                }

                break;
            case PreferenceFunctionKind.VShape:
                if (!Finite(P) || P <= 0)
                {
                    problems.Add("the v-shape function needs a finite preference threshold p > 0");
                }

                break;
            case PreferenceFunctionKind.Level or PreferenceFunctionKind.Linear:
                if (!Finite(Q) || !Finite(P) || Q < 0 || !(P > Q))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"the {Name(Kind)} function needs finite thresholds with 0 <= q < p (got q = {Q?.ToString(CultureInfo.InvariantCulture) ?? "none"}, p = {P?.ToString(CultureInfo.InvariantCulture) ?? "none"})"));
                }

                break;
            case PreferenceFunctionKind.Gaussian:
                if (!Finite(S) || S <= 0)
                {
                    problems.Add("the gaussian function needs a finite s > 0");
                }

                break;
        }

        return problems;
    }

    /// <summary>P(d) in [0, 1]; 0 for d &lt;= 0.</summary>
    public double Evaluate(double d)
    {
        if (!(d > 0))
        {
            return 0;
        }

        return Kind switch
        {
            PreferenceFunctionKind.UShape => d > Q!.Value ? 1 : 0,
            PreferenceFunctionKind.VShape => d >= P!.Value ? 1 : d / P.Value,
            PreferenceFunctionKind.Level => d > P!.Value ? 1 : d > Q!.Value ? 0.5 : 0,
            PreferenceFunctionKind.Linear => d > P!.Value ? 1 : d > Q!.Value ? (d - Q.Value) / (P.Value - Q.Value) : 0,
            PreferenceFunctionKind.Gaussian => 1 - Math.Exp(-(d * d) / (2 * S!.Value * S.Value)),
            _ => 1,
        };
    }

    /// <summary>The same function for values divided by 2^exponent (the engine's exact magnitude rescaling).</summary>
    public PreferenceFunction Scaled(int exponent) => exponent == 0
        ? this
        : this with
        {
            Q = Q is { } q ? Math.ScaleB(q, -exponent) : null,
            P = P is { } p ? Math.ScaleB(p, -exponent) : null,
            S = S is { } s ? Math.ScaleB(s, -exponent) : null,
        };

    public string Description => Kind switch
    {
        PreferenceFunctionKind.UShape => Invariant($"u-shape, q = {Q}"),
        PreferenceFunctionKind.VShape => Invariant($"v-shape, p = {P}"),
        PreferenceFunctionKind.Level => Invariant($"level, q = {Q}, p = {P}"),
        PreferenceFunctionKind.Linear => Invariant($"linear, q = {Q}, p = {P}"),
        PreferenceFunctionKind.Gaussian => Invariant($"gaussian, s = {S}"),
        _ => "usual",
    };

    private static string Name(PreferenceFunctionKind kind) => kind == PreferenceFunctionKind.Level ? "level" : "linear";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
