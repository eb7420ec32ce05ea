namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Goepel's AHP consensus indicator, based on Shannon entropy partitioned into alpha, beta and gamma parts:
/// K. D. Goepel, "Implementing the Analytic Hierarchy Process as a Standard Method for Multi-Criteria Decision Making in
/// Corporate Enterprises - A New AHP Excel Template with Multiple Inputs", Proceedings of the International Symposium on
/// the Analytic Hierarchy Process (ISAHP), Kuala Lumpur, 2013; and "Implementation of an Online Software Tool for the
/// Analytic Hierarchy Process (AHP-OS)", International Journal of the Analytic Hierarchy Process 10(3):469-487, 2018.
/// With K members' priority vectors over n criteria: Hα = mean of each member's -Σ w ln w; Hγ = -Σ w̄ ln w̄ of the
/// members' average vector; Hβ = Hγ - Hα. With M the top of the judgement scale (9 for Saaty's), the smallest possible
/// Hα,min comes from the most extreme priority vector (M, 1, ..., 1)/(n + M - 1), Hγ,max = ln n, and
/// S* = (1/exp(Hβ) - exp(Hα,min)/exp(Hγ,max)) / (1 - exp(Hα,min)/exp(Hγ,max)), from 0 (no consensus) to 1 (identical
/// priorities). Goepel's reading: below 0.5 very low, 0.5-0.65 low, 0.65-0.75 moderate, 0.75-0.85 high, above 0.85 very high.
/// </summary>
public static class AhpConsensus
{
    public const string Method =
        "Goepel's AHP consensus S* (Shannon alpha/beta/gamma entropy of the members' priority vectors; Goepel 2013, ISAHP; Goepel 2018, IJAHP 10(3), AHP-OS), scale maximum 9";

    /// <summary>S* for two or more members' priority vectors (each over the same n criteria, summing to one); null for
    /// fewer than two members or fewer than two criteria.</summary>
    public static double? Goepel(IReadOnlyList<IReadOnlyList<double>> priorities, double scaleMax = Ahp.SaatyScaleMax)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        var k = priorities.Count;
        if (k < 2 || priorities[0].Count < 2)
        {
            return null;
        }

        var n = priorities[0].Count;
        var mean = new double[n];
        var alpha = 0.0;
        foreach (var w in priorities)
        {
            if (w.Count != n)
            {
                throw new DecisionInputException("every member's priorities must cover the same criteria.");
            }

            alpha += Entropy(w);
            for (var j = 0; j < n; j++)
            {
                mean[j] += w[j] / k;
            }
        }

        alpha /= k;
        var beta = Entropy(mean) - alpha;
        var extreme = new double[n];
        Array.Fill(extreme, 1 / (n + scaleMax - 1));
        extreme[0] = scaleMax / (n + scaleMax - 1);
        // 1/cor = exp(Hα,min) / exp(Hγ,max) = exp(Hα,min) / n
        var floor = Math.Exp(Entropy(extreme)) / n;
        return (Math.Exp(-beta) - floor) / (1 - floor);
    }

    internal static double Entropy(IReadOnlyList<double> w)
    {
        var h = 0.0;
        foreach (var p in w)
        {
            h -= p > 0 ? p * Math.Log(p) : 0;
        }

        return h;
    }
}
