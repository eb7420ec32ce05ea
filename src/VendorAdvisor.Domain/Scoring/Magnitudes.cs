using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Exact power-of-two rescaling that lets the engine take raw values of any finite magnitude. Multiplying a column
/// by 2^-e is exact in binary floating point (short of the subnormal range) and every normalisation the engine offers
/// is unchanged by it: min-max, vector and distributive per criterion, a fixed scale and raw values when all columns
/// (and the scale) move together. The scaled numbers then stay far from overflow (sums of squares, ranges, sums of
/// reciprocals) and from underflow, so no criterion is silently lost; results are bit-for-bit those of the unscaled
/// computation whenever that one neither overflowed nor underflowed.
/// </summary>
internal static class Magnitudes
{
    /// <summary>Raw values keep their scale up to this binary exponent; beyond it they are scaled down (raw normalisation).</summary>
    private const int RawExponentLimit = 1000;

    /// <summary>A cost under the distributive normalisation is read as 1/x: its column may span at most this many binary orders.</summary>
    public const int SumCostSpan = 1000;

    /// <summary>Lower bound of a cost sample under the distributive normalisation, relative to the criterion's scale.</summary>
    public const double RelativeSumCostClamp = 1e-9;

    /// <summary>The binary exponent e per criterion by which values and standard deviations are divided (2^-e);
    /// throws <see cref="DecisionInputException"/> when no exact scale can represent a criterion.</summary>
    public static int[] Exponents(Normalisation normalisation, double[] values, double[]? sd, bool[] benefit, string[] criterionIds, int m)
    {
        var n = criterionIds.Length;
        var exponents = new int[n];
        switch (normalisation.Kind)
        {
            case NormalisationKind.FixedScale:
                {
                    // Every value lies on the scale: one exponent for all, from the scale's ends.
                    var e = Exponent(Math.Max(Math.Abs(normalisation.ScaleMin!.Value), Math.Abs(normalisation.ScaleMax!.Value)));
                    Array.Fill(exponents, e);
                    break;
                }

            case NormalisationKind.None:
                {
                    var largest = 0.0;
                    for (var c = 0; c < values.Length; c++)
                    {
                        largest = Math.Max(largest, Math.Max(Math.Abs(values[c]), sd?[c] ?? 0));
                    }

                    var e = Exponent(largest);
                    Array.Fill(exponents, e > RawExponentLimit ? e : 0);
                    break;
                }

            default:
                for (var j = 0; j < n; j++)
                {
                    double largest = 0, smallest = double.PositiveInfinity;
                    for (var i = 0; i < m; i++)
                    {
                        var x = Math.Abs(values[(i * n) + j]);
                        largest = Math.Max(largest, Math.Max(x, sd?[(i * n) + j] ?? 0));
                        smallest = Math.Min(smallest, x);
                    }

                    if (normalisation.Kind == NormalisationKind.Sum && !benefit[j] && smallest > 0)
                    {
                        // Read as 1/x: the smallest cost sets the scale, so no reciprocal overflows.
                        exponents[j] = Math.ILogB(smallest);
                        if (Exponent(largest) - exponents[j] > SumCostSpan)
                        {
                            throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                                $"the costs of criterion '{criterionIds[j]}' span from {smallest:G3} to {largest:G3}, more than 300 orders of magnitude: the distributive (sum) normalisation compares their reciprocals, which double precision cannot hold at both ends. Use min-max normalisation (weighted-sum) or topsis, or state the costs in a narrower range."));
                        }
                    }
                    else
                    {
                        exponents[j] = Exponent(largest);
                    }
                }

                break;
        }

        return exponents;
    }

    /// <summary>Multiplies each column of a row-major m x n matrix by 2^-exponent[j], in place.</summary>
    public static void Scale(double[] matrix, int[] exponents)
    {
        var n = exponents.Length;
        for (var c = 0; c < matrix.Length; c++)
        {
            var e = exponents[c % n];
            if (e != 0)
            {
                matrix[c] = Math.ScaleB(matrix[c], -e);
            }
        }
    }

    /// <summary>The binary exponent of a finite magnitude (0 for 0), so that x·2^-e lies in [1, 2).</summary>
    public static int Exponent(double magnitude) => magnitude > 0 && double.IsFinite(magnitude) ? Math.ILogB(magnitude) : 0;
}
