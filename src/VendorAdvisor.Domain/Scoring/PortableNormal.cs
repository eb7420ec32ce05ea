using System.Runtime.CompilerServices;

namespace VendorAdvisor.Domain.Scoring;

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
