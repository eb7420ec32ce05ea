namespace VendorAdvisor.Domain.Scoring;

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
