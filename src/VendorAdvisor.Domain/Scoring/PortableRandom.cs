using System.Runtime.CompilerServices;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// xoshiro256** (Blackman and Vigna) seeded through SplitMix64: integer arithmetic only, so a seed gives the
/// same stream on every machine and runtime, which System.Random does not promise.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>
/// Arithmetic whose result is fixed by IEEE 754 alone (+, -, *, / and sqrt are correctly rounded everywhere;
/// .NET does not fuse them into FMA on its own), unlike Math.Log or Math.Exp, which come from the platform's libm.
/// </summary>
internal static class PortableMath
{
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>Natural logarithm of a positive normal double: x = m·2^e with m in [√½, √2), then
    /// ln m = 2·atanh(s), s = (m - 1)/(m + 1), by its odd power series (|s| &lt; 0.172, 12 terms reach 1e-18).</summary>
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (mantissa > Sqrt2)
        {
            mantissa /= 2;
            exponent++;
        }

        var s = (mantissa - 1) / (mantissa + 1);
        var s2 = s * s;
        var term = s;
        var sum = 0.0;
        for (var k = 1; k <= 25; k += 2)
        {
            sum += term / k;
            term *= s2;
        }

        return (exponent * Ln2) + (2 * sum);
    }

    /// <summary>Inverse standard normal CDF, Acklam's rational approximation (relative error below 1.2e-9).</summary>
    public static double InverseNormal(double p)
    {
        const double low = 0.02425, high = 1 - low;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Log(p));
            return Tail(q);
        }

        if (p > high)
        {
            var q = Math.Sqrt(-2 * Log(1 - p));
            return -Tail(q);
        }

        {
            var q = p - 0.5;
            var r = q * q;
            return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                        + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                   / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                        + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        }

        static double Tail(double q) =>
            (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
               - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
            / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1);
    }
}

/// <summary>
/// Standard normal variates by inverse transform through a 4,096-cell quantile table (linear inside a cell,
/// exact Acklam in the two tail cells). Each 32-bit half of a 64-bit draw gives one variate (12 bits pick the cell,
/// 20 bits the position in it), no libm is used at sampling time, and the table itself is built with
/// <see cref="PortableMath"/>, so the numbers are the same on every machine.
/// </summary>
internal static class PortableNormal
{
    public const string Description =
        "xoshiro256** seeded by SplitMix64, two variates per 64-bit draw; standard normal by inverse CDF from a 4096-cell quantile table " +
        "(Acklam's approximation, linear interpolation within a cell, exact in the tail cells), " +
        "built with IEEE-754 +,-,*,/,sqrt and a series logarithm only, so results do not depend on the platform's libm";

    private const int CellBits = 12;
    private const int Cells = 1 << CellBits;
    private const int FractionBits = 32 - CellBits;
    private const uint FractionMask = (1u << FractionBits) - 1;
    private const double FractionScale = 1.0 / (1 << FractionBits);

    private static readonly double[] Quantiles = BuildTable();

    private static double[] BuildTable()
    {
        // One extra entry so the last interior cell can interpolate without a bounds special case.
        var table = new double[Cells + 1];
        for (var k = 1; k < Cells; k++)
        {
            table[k] = PortableMath.InverseNormal(k / (double)Cells);
        }

        return table;
    }

    /// <summary>A standard normal variate from 32 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FromBits(uint bits)
    {
        var cell = (int)(bits >> FractionBits);
        var fraction = bits & FractionMask;
        if (cell == 0 || cell == Cells - 1)
        {
            return Tail(cell, fraction);
        }

        var table = Quantiles;
        var lower = table[cell];
        return lower + ((fraction * FractionScale) * (table[cell + 1] - lower));
    }

    public static double Next(ref Xoshiro256StarStar random) => FromBits((uint)(random.NextUInt64() >> 32));

    private static double Tail(int cell, uint fraction) => cell == 0
        ? PortableMath.InverseNormal((fraction + 0.5) * FractionScale / Cells)
        : -PortableMath.InverseNormal(((1u << FractionBits) - fraction - 0.5) * FractionScale / Cells);
}
