namespace VendorAdvisor.Domain.Scoring;

/// <summary>The per-column affine coefficients of each normalisation, shared by every method of <see cref="ScoringKernel"/>.</summary>
internal static class NormalisationCoefficients
{
    /// <summary>
    /// Every normalisation but the distributive one on a cost criterion is affine per column, u = offset + slope·x,
    /// so the coefficients are found once per column and the inner loop is one multiply-add. The exception (cost
    /// under sum normalisation, u = (1/x)/Σ(1/x)) is marked by a NaN slope with Σ(1/x) in the offset.
    /// </summary>
    public static void Compute(Problem problem, ReadOnlySpan<double> values, int m, int n, Span<double> offset, Span<double> slope)
    {
        var normalisation = problem.Normalisation;
        var benefit = problem.Benefit;
        switch (normalisation.Kind)
        {
            case NormalisationKind.FixedScale:
                {
                    double lo = normalisation.ScaleMin ?? 0, hi = normalisation.ScaleMax ?? 1, range = hi - lo;
                    // Multiplying by 1/range keeps the per-cell work to one multiply-add.
                    for (var j = 0; j < n; j++)
                    {
                        // benefit: (x - lo)/range; cost: (hi - x)/range
                        offset[j] = benefit[j] ? -lo / range : hi / range;
                        slope[j] = benefit[j] ? 1 / range : -1 / range;
                    }

                    break;
                }

            case NormalisationKind.MinMax:
                for (var j = 0; j < n; j++)
                {
                    double min = double.PositiveInfinity, max = double.NegativeInfinity;
                    for (var i = 0; i < m; i++)
                    {
                        var x = values[(i * n) + j];
                        min = Math.Min(min, x);
                        max = Math.Max(max, x);
                    }

                    var range = max - min;
                    if (!(range > 0))
                    {
                        // A constant column cannot separate anyone: everybody is at the top of it.
                        offset[j] = 1;
                        slope[j] = 0;
                    }
                    else
                    {
                        offset[j] = benefit[j] ? -min / range : max / range;
                        slope[j] = benefit[j] ? 1 / range : -1 / range;
                    }
                }

                break;
            case NormalisationKind.Sum:
                for (var j = 0; j < n; j++)
                {
                    var sum = 0.0;
                    for (var i = 0; i < m; i++)
                    {
                        var x = values[(i * n) + j];
                        sum += benefit[j] ? x : 1.0 / x;
                    }

                    if (!(sum > 0))
                    {
                        offset[j] = 1.0 / m;
                        slope[j] = 0;
                    }
                    else if (benefit[j])
                    {
                        offset[j] = 0;
                        slope[j] = 1 / sum;
                    }
                    else
                    {
                        offset[j] = sum;
                        slope[j] = double.NaN;
                    }
                }

                break;
            default:
                for (var j = 0; j < n; j++)
                {
                    offset[j] = 0;
                    slope[j] = benefit[j] ? 1 : -1;
                }

                break;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Utility(double x, double offset, double slope) =>
        double.IsNaN(slope) ? 1.0 / x / offset : offset + (slope * x);
}
