using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace VendorAdvisor.Domain.Scoring;

// RankProbabilities: a row per alternative (problem order), a column per rank (first = rank 1).
internal sealed record MonteCarloOutcome(int Samples, ulong Seed, double[] ProbabilityFirst, double[][] RankProbabilities);

/// <summary>
/// Seeded Monte Carlo over the assessments' uncertainty: every sample draws each uncertain value as
/// mean + sd·z (z standard normal, clamped to the problem's bounds), scores with the problem's method and weights,
/// and counts the rank each alternative lands on. Buffers are allocated once, before the loop.
/// </summary>
internal static class MonteCarlo
{
    /// <summary>Adaptive runs draw in batches of this many samples and stop at the first batch boundary where ...</summary>
    public const int AdaptiveBatch = 1_000;

    /// <summary>... the standard error of every alternative's probability of ranking first is below this.</summary>
    public const double AdaptiveStandardError = 0.005;

    public static string AdaptiveRule(int cap) => FormattableString.Invariant(
        $"adaptive: batches of {AdaptiveBatch:N0} samples until the standard error of every vendor's probability of ranking first, sqrt(p(1 - p) / n), is below {AdaptiveStandardError}, at most {cap:N0}; the first n samples of the seed's sequence, as an exact run of n samples");

    // adaptive: treat samples as a cap and stop at the first batch boundary where the probabilities of ranking first
    // are known to AdaptiveStandardError. The outcome is then exactly that of a run of the samples drawn, so the same
    // seed gives the same result everywhere.
    public static MonteCarloOutcome Run(Problem problem, int samples, ulong seed, bool allowFused = true, bool adaptive = false, CancellationToken cancellationToken = default)
    {
        int m = problem.M, n = problem.N;
        var means = problem.Values;
        var sd = problem.Uncertainty ?? new double[m * n];
        var values = new double[m * n];
        var scores = new double[m];
        var cells = new double[m * n];
        var columnA = new double[n];
        var columnB = new double[n];
        var order = new int[m];
        var counts = new long[m * m];
        var criteriaOrder = problem.TieBreakOrder();
        var random = new Xoshiro256StarStar(seed);
        var lo = new double[n];
        var hi = new double[n];
        for (var j = 0; j < n; j++)
        {
            lo[j] = problem.ColumnSampleMin?[j] ?? problem.SampleMin;
            hi[j] = problem.SampleMax;
        }

        var ready = ScoringKernel.CoefficientsAreConstant(problem);
        if (ready)
        {
            ScoringKernel.PrepareCoefficients(problem, columnA, columnB);
        }

        // Weighted sum on a value-independent scale is linear in the samples: score = Σ w·offset + Σ (w·slope)·x,
        // so the loop folds the weights into the slopes once and scores while it draws.
        // (Bounds out of order fall back to the general loop, where Math.Clamp reports them as it always did.)
        var fused = allowFused && ready && problem.Method == McdaMethod.WeightedSum && Ordered(lo, hi);
        var weightedSlope = new double[n];
        var constant = 0.0;
        for (var j = 0; j < n && fused; j++)
        {
            weightedSlope[j] = problem.Weights[j] * columnB[j];
            constant += problem.Weights[j] * columnA[j];
        }

        for (var s = 0; s < samples; s++)
        {
            if ((s & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (fused)
            {
                DrawAndScore(ref random, means, sd, values, lo, hi, weightedSlope, constant, scores);
            }
            else
            {
                Draw(ref random, means, sd, values, lo, hi);
                ScoringKernel.Score(problem, values, problem.Weights, m, scores, cells, columnA, columnB, ready);
            }

            TieBreak.Order(order, scores, values, n, problem.Benefit, criteriaOrder, problem.AlternativeIds);
            for (var rank = 0; rank < m; rank++)
            {
                counts[(order[rank] * m) + rank]++;
            }

            if (adaptive && (s + 1) % AdaptiveBatch == 0 && FirstPlaceKnown(counts, m, s + 1))
            {
                samples = s + 1;
                break;
            }
        }

        var probabilities = new double[m][];
        var first = new double[m];
        for (var i = 0; i < m; i++)
        {
            probabilities[i] = new double[m];
            for (var rank = 0; rank < m; rank++)
            {
                probabilities[i][rank] = samples > 0 ? counts[(i * m) + rank] / (double)samples : 0;
            }

            first[i] = probabilities[i].Length > 0 ? probabilities[i][0] : 0;
        }

        return new MonteCarloOutcome(samples, seed, first, probabilities);
    }

    private static bool Ordered(double[] lo, double[] hi)
    {
        for (var j = 0; j < lo.Length; j++)
        {
            if (!(lo[j] <= hi[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every alternative's share of first places has a standard error under the bound (integers in,
    /// one IEEE division and square root per alternative: the same answer on every machine).</summary>
    private static bool FirstPlaceKnown(long[] counts, int m, int drawn)
    {
        for (var i = 0; i < m; i++)
        {
            var p = counts[i * m] / (double)drawn;
            if (Math.Sqrt(p * (1 - p) / drawn) >= AdaptiveStandardError)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fused weighted-sum sample: the same draws in the same order as <see cref="Draw"/>. The generator is
    /// copied into a local for the sample (so that its state can live in registers rather than be stored back after
    /// every draw), and the arrays are read through references checked once, at the top, instead of per cell.</summary>
    private static void DrawAndScore(
        ref Xoshiro256StarStar random, double[] means, double[] sd, double[] values, double[] lo, double[] hi,
        double[] weightedSlope, double constant, double[] scores)
    {
        int n = weightedSlope.Length, m = scores.Length;
        if (means.Length < m * n || sd.Length < m * n || values.Length < m * n || lo.Length < n || hi.Length < n)
        {
            throw new ArgumentException("The sample buffers are smaller than the problem.");
        }

        var generator = random;
        ref var mean = ref MemoryMarshal.GetArrayDataReference(means);
        ref var spread = ref MemoryMarshal.GetArrayDataReference(sd);
        ref var value = ref MemoryMarshal.GetArrayDataReference(values);
        ref var low = ref MemoryMarshal.GetArrayDataReference(lo);
        ref var high = ref MemoryMarshal.GetArrayDataReference(hi);
        ref var slope = ref MemoryMarshal.GetArrayDataReference(weightedSlope);
        ulong bits = 0;
        var spare = false;
        for (int i = 0, c = 0; i < m; i++)
        {
            var total = constant;
            for (var j = 0; j < n; j++, c++)
            {
                var x = Unsafe.Add(ref mean, c);
                var sdc = Unsafe.Add(ref spread, c);
                if (sdc > 0)
                {
                    uint half;
                    if (spare)
                    {
                        half = (uint)bits;
                    }
                    else
                    {
                        bits = generator.NextUInt64();
                        half = (uint)(bits >> 32);
                    }

                    spare = !spare;
                    // Math.Clamp's comparisons, without its check that the bounds are ordered (they are: lo <= hi).
                    x += sdc * PortableNormal.FromBits(half);
                    double l = Unsafe.Add(ref low, j), h = Unsafe.Add(ref high, j);
                    x = x < l ? l : x > h ? h : x;
                }

                Unsafe.Add(ref value, c) = x;
                total += Unsafe.Add(ref slope, j) * x;
            }

            scores[i] = total;
        }

        random = generator;
    }

    /// <summary>One sample of every cell, in cell order; each 64-bit draw feeds two cells (high half first),
    /// and certain cells (sd 0) consume no randomness.</summary>
    private static void Draw(ref Xoshiro256StarStar random, ReadOnlySpan<double> means, ReadOnlySpan<double> sd, Span<double> values, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi)
    {
        ulong bits = 0;
        var spare = false;
        var n = lo.Length;
        for (int c = 0, j = 0; c < values.Length; c++, j = j + 1 == n ? 0 : j + 1)
        {
            var spread = sd[c];
            if (!(spread > 0))
            {
                values[c] = means[c];
                continue;
            }

            uint half;
            if (spare)
            {
                half = (uint)bits;
            }
            else
            {
                bits = random.NextUInt64();
                half = (uint)(bits >> 32);
            }

            spare = !spare;
            values[c] = Math.Clamp(means[c] + (spread * PortableNormal.FromBits(half)), lo[j], hi[j]);
        }
    }
}
