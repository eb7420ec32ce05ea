using System.Globalization;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The normalisation used, with its scale when it has one.</summary>
public sealed record Normalisation(NormalisationKind Kind, double? ScaleMin = null, double? ScaleMax = null)
{
    public static Normalisation Catalog { get; } = new(NormalisationKind.FixedScale, AssessmentScale.Min, AssessmentScale.Max);

    public string Description => Kind switch
    {
        NormalisationKind.None => "raw values, cost criteria negated",
        NormalisationKind.FixedScale => FormattableString.Invariant(
            $"fixed scale {ScaleMin}..{ScaleMax}: benefit (x - min)/(max - min), cost (max - x)/(max - min)"),
        NormalisationKind.MinMax => "observed min-max per criterion: benefit (x - min)/(max - min), cost (max - x)/(max - min); a constant column scores 1 for everyone",
        NormalisationKind.Vector => "vector: x / sqrt(sum of squares) per criterion; cost criteria handled by the choice of ideal and anti-ideal",
        NormalisationKind.Sum => "distributive: benefit x / sum, cost (1/x) / sum of (1/x) per criterion",
        _ => Kind.ToString(),
    };

    /// <summary>The default normalisation for a method over raw data of unknown magnitude.</summary>
    public static Normalisation DefaultFor(McdaMethod method) => method switch
    {
        McdaMethod.Topsis => new Normalisation(NormalisationKind.Vector),
        McdaMethod.Ahp => new Normalisation(NormalisationKind.Sum),
        // PROMETHEE compares raw differences against thresholds in the criterion's own units.
        McdaMethod.PrometheeII => new Normalisation(NormalisationKind.None),
        _ => new Normalisation(NormalisationKind.MinMax),
    };

    /// <summary>Refuses a normalisation the method cannot use, or values it cannot normalise.</summary>
    internal void Check(McdaMethod method, double[] values, bool[] benefit, string[] criterionIds, int m)
    {
        var n = criterionIds.Length;
        var kind = Kind;
        var allowed = method switch
        {
            McdaMethod.Topsis => kind == NormalisationKind.Vector,
            McdaMethod.Ahp => kind is NormalisationKind.FixedScale or NormalisationKind.MinMax or NormalisationKind.Sum,
            // VIKOR normalises by the observed best and worst of each criterion (its f* and f-) and nothing else.
            McdaMethod.Vikor => kind == NormalisationKind.MinMax,
            McdaMethod.PrometheeII => kind == NormalisationKind.None,
            _ => kind is NormalisationKind.None or NormalisationKind.FixedScale or NormalisationKind.MinMax or NormalisationKind.Sum,
        };
        if (!allowed)
        {
            throw new DecisionInputException($"normalisation '{kind}' cannot be used with method '{method}'.");
        }

        if (kind == NormalisationKind.FixedScale)
        {
            if (ScaleMin is not { } lo || ScaleMax is not { } hi || !double.IsFinite(lo) || !double.IsFinite(hi) || !(lo < hi))
            {
                throw new DecisionInputException("a fixed scale needs finite scaleMin < scaleMax.");
            }

            if (values.Any(x => x < lo || x > hi))
            {
                throw new DecisionInputException(FormattableString.Invariant($"every value must lie on the fixed scale {lo}..{hi}."));
            }
        }

        if (kind == NormalisationKind.Sum)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var x = values[(i * n) + j];
                    if (benefit[j] ? x < 0 : x <= 0)
                    {
                        throw new DecisionInputException(
                            $"the distributive (sum) normalisation needs {(benefit[j] ? "non-negative" : "positive")} values; criterion '{criterionIds[j]}' has {x.ToString(CultureInfo.InvariantCulture)}. Use min-max normalisation or another method.");
                    }
                }
            }
        }
    }
}
