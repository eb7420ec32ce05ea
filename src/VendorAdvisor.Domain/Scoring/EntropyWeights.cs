using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Shannon-entropy weights (Hwang &amp; Yoon 1981, after Shannon 1948): pij = rij / Σi rij, ej = -Σi pij ln pij / ln m
/// (0 ln 0 = 0), dj = 1 - ej, wj = dj / Σ d. A criterion on which every alternative looks the same carries no
/// information and gets weight 0; if none carries any, equal weights are used and a warning says so.
/// </summary>
public static class EntropyWeights
{
    public static ObjectiveWeights Compute(
        IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<bool> benefit, EntropyNormalisation normalisation = EntropyNormalisation.Sum)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(benefit);
        var (flat, m, n) = MatrixInput.Flatten(values, benefit.Count);
        if (m < 2)
        {
            throw new DecisionInputException("entropy weights need at least two alternatives.");
        }

        var warnings = new List<string>();
        var diversification = new double[n];
        var column = new double[m];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                column[i] = flat[(i * n) + j];
            }

            if (normalisation == EntropyNormalisation.MinMax)
            {
                double min = column.Min(), max = column.Max();
                for (var i = 0; i < m; i++)
                {
                    column[i] = max > min ? (benefit[j] ? column[i] - min : max - column[i]) / (max - min) : 1;
                }
            }
            else if (column.Any(x => x < 0))
            {
                throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                    $"criterion {j} has negative values: the entropy method on raw values needs them non-negative; use the min-max variant."));
            }

            var sum = column.Sum();
            if (!(sum > 0))
            {
                throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                    $"criterion {j} is zero for every alternative: its proportions are undefined."));
            }

            var entropy = 0.0;
            foreach (var x in column)
            {
                var p = x / sum;
                entropy -= p > 0 ? p * Math.Log(p) : 0;
            }

            diversification[j] = Math.Max(0, 1 - (entropy / Math.Log(m)));
        }

        var weights = CriteriaWeighting.Normalise(diversification, out var fellBack);
        if (fellBack)
        {
            warnings.Add("no criterion separates the alternatives: equal weights used.");
        }

        var procedure = normalisation == EntropyNormalisation.Sum
            ? "entropy (Shannon): p = x / Σx per criterion on the raw values, e = -Σ p ln p / ln m, w = (1 - e) / Σ(1 - e)"
            : "entropy (Shannon) on min-max normalised values (cost reversed): p = r / Σr, e = -Σ p ln p / ln m, w = (1 - e) / Σ(1 - e)";
        return new ObjectiveWeights(weights, diversification, procedure, warnings);
    }
}
