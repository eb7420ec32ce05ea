namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// CRITIC (D. Diakoulaki, G. Mavrotas and L. Papayannakis, "Determining objective weights in multiple criteria
/// problems: The CRITIC method", Computers &amp; Operations Research 22(7):763-770, 1995): min-max normalise each
/// criterion (cost reversed); contrast σj = sample standard deviation; conflict Σk (1 - ρjk) with Pearson's ρ;
/// information Cj = σj Σk (1 - ρjk); wj = Cj / Σ C. A constant criterion has σ = 0 (weight 0) and ρ = 0 with the others.
/// </summary>
public static class CriticWeights
{
    public static ObjectiveWeights Compute(IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<bool> benefit)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(benefit);
        var (flat, m, n) = MatrixInput.Flatten(values, benefit.Count);
        if (m < 2)
        {
            throw new DecisionInputException("CRITIC weights need at least two alternatives.");
        }

        var warnings = new List<string>();
        if (m < 4)
        {
            warnings.Add("with fewer than four alternatives, correlations between criteria are unstable: CRITIC weights are fragile.");
        }

        var r = new double[n][];
        var sigma = new double[n];
        for (var j = 0; j < n; j++)
        {
            r[j] = new double[m];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (var i = 0; i < m; i++)
            {
                min = Math.Min(min, flat[(i * n) + j]);
                max = Math.Max(max, flat[(i * n) + j]);
            }

            for (var i = 0; i < m; i++)
            {
                var x = flat[(i * n) + j];
                r[j][i] = max > min ? (benefit[j] ? x - min : max - x) / (max - min) : 0;
            }

            var mean = r[j].Average();
            sigma[j] = Math.Sqrt(r[j].Sum(x => (x - mean) * (x - mean)) / (m - 1));
        }

        var information = new double[n];
        for (var j = 0; j < n; j++)
        {
            var conflict = 0.0;
            for (var k = 0; k < n; k++)
            {
                conflict += 1 - Pearson(r[j], r[k], sigma[j], sigma[k]);
            }

            information[j] = sigma[j] * conflict;
        }

        var weights = CriteriaWeighting.Normalise(information, out var fellBack);
        if (fellBack)
        {
            warnings.Add("no criterion separates the alternatives: equal weights used.");
        }

        return new ObjectiveWeights(weights, information,
            "CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): min-max normalisation (cost reversed), σ = sample standard deviation, C = σ Σ(1 - ρ) with Pearson's ρ, w = C / Σ C",
            warnings);
    }

    private static double Pearson(double[] a, double[] b, double sa, double sb)
    {
        if (ReferenceEquals(a, b))
        {
            return sa > 0 ? 1 : 0;
        }

        if (!(sa > 0) || !(sb > 0))
        {
            return 0;
        }

        double ma = a.Average(), mb = b.Average(), covariance = 0;
        for (var i = 0; i < a.Length; i++)
        {
            covariance += (a[i] - ma) * (b[i] - mb);
        }

        return Math.Clamp(covariance / (a.Length - 1) / (sa * sb), -1, 1);
    }
}
