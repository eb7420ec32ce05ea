using System.Collections.ObjectModel;
using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>Analytic Hierarchy Process (Saaty): weights from pairwise comparisons, consistency, synthesis.</summary>
public static class Ahp
{
    /// <summary>Above this consistency ratio the judgements are reported as inconsistent (Saaty's 10 % rule).</summary>
    public const double ConsistencyThreshold = 0.1;

    /// <summary>How far a[i][j] * a[j][i] (and a diagonal entry) may stray from 1, relatively. A pair also passes when,
    /// on Saaty's 1..9 scale, the smaller entry is the larger one's reciprocal rounded to two decimals (see
    /// <see cref="RoundedReciprocalTolerance"/>): the usual 0.5, 0.33, 0.25, 0.2, 0.17, 0.14, 0.13 and 0.11 for 1/2 .. 1/9.</summary>
    public const double ReciprocalTolerance = 0.01;

    /// <summary>Half a unit in the second decimal: how far the smaller entry of a pair on Saaty's 1..9 scale may be
    /// from the exact reciprocal of the larger (0.13 for 1/8 = 0.125 is 0.005 away; 0.33 × 3 = 0.99 misses 1 % by a rounding error).</summary>
    public const double RoundedReciprocalTolerance = 0.005;

    /// <summary>The largest judgement of Saaty's fundamental scale.</summary>
    public const double SaatyScaleMax = 9;

    // Decimal inputs are not exact in binary: 0.33 × 3 is 0.9899999999999999, 0.13 − 1/8 is 0.005000000000000004.
    private const double RoundingSlack = 1e-9;

    public const int MaxSize = 50;

    /// <summary>Saaty's random consistency index by matrix size (index 0 unused); beyond 15 the last value is used.</summary>
    public static ReadOnlyCollection<double> RandomIndexTable { get; } = new(
        [0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);

    public const string RandomIndexSource =
        "Saaty's random index (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59); n > 15 uses 1.59";

    public static double RandomIndex(int n) => RandomIndexTable[Math.Clamp(n, 1, RandomIndexTable.Count - 1)];

    /// <summary>What is wrong with a comparison matrix, in words; empty when it is usable.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<IReadOnlyList<double>>? matrix)
    {
        var problems = new List<string>();
        if (matrix is null || matrix.Count == 0)
        {
            problems.Add("the pairwise matrix is empty");
            return problems;
        }

        var n = matrix.Count;
        if (n > MaxSize)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the pairwise matrix has {n} rows; at most {MaxSize} are supported"));
            return problems;
        }

        for (var i = 0; i < n; i++)
        {
            if (matrix[i] is null || matrix[i].Count != n)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {i} has {matrix[i]?.Count ?? 0} entries; a {n}x{n} matrix needs {n}"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var a = matrix[i][j];
                if (!double.IsFinite(a) || a <= 0)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"entry [{i}][{j}] = {a} must be a positive finite number"));
                }
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(matrix[i][i] - 1) > ReciprocalTolerance + RoundingSlack)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"diagonal entry [{i}][{i}] = {matrix[i][i]} must be 1"));
            }

            for (var j = i + 1; j < n; j++)
            {
                var product = matrix[i][j] * matrix[j][i];
                if (!Reciprocal(matrix[i][j], matrix[j][i]))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"entries [{i}][{j}] = {matrix[i][j]} and [{j}][{i}] = {matrix[j][i]} are not reciprocal (product {product:0.####})"));
                }
            }
        }

        return problems;
    }

    /// <summary>Whether two positive entries a[i][j] and a[j][i] are reciprocal within <see cref="ReciprocalTolerance"/>,
    /// or within <see cref="RoundedReciprocalTolerance"/> as a two-decimal rounding on Saaty's 1..9 scale.</summary>
    public static bool Reciprocal(double a, double b)
    {
        if (Math.Abs((a * b) - 1) <= ReciprocalTolerance + RoundingSlack)
        {
            return true;
        }

        double large = Math.Max(a, b), small = Math.Min(a, b);
        return large <= SaatyScaleMax && Math.Abs(small - (1 / large)) <= RoundedReciprocalTolerance + RoundingSlack;
    }

    public static IReadOnlyList<string> Validate(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Validate(ToJagged(matrix));
    }

    public static AhpWeights Weights(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Weights(ToJagged(matrix));
    }

    public static AhpWeights Weights(double[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Weights((IReadOnlyList<IReadOnlyList<double>>)matrix);
    }

    /// <summary>Principal eigenvector by power iteration (converges for positive matrices by Perron's theorem),
    /// normalised to sum to one; λmax = sum of A·w at the fixed point. Throws <see cref="DecisionInputException"/> on an invalid matrix.</summary>
    public static AhpWeights Weights(IReadOnlyList<IReadOnlyList<double>> matrix)
    {
        var problems = Validate(matrix);
        if (problems.Count > 0)
        {
            throw new DecisionInputException("Invalid pairwise comparison matrix: " + string.Join("; ", problems) + ".");
        }

        var n = matrix.Count;
        var w = new double[n];
        var next = new double[n];
        Array.Fill(w, 1.0 / n);
        var iterations = 0;
        var lambda = (double)n;
        for (; iterations < 10_000; iterations++)
        {
            lambda = 0;
            for (var i = 0; i < n; i++)
            {
                var row = matrix[i];
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    sum += row[j] * w[j];
                }

                next[i] = sum;
                lambda += sum;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= lambda;
                change = Math.Max(change, Math.Abs(next[i] - w[i]));
            }

            (w, next) = (next, w);
            if (change < 1e-15)
            {
                iterations++;
                break;
            }
        }

        if (!double.IsFinite(lambda) || w.Any(x => !double.IsFinite(x)))
        {
            throw new DecisionInputException("Invalid pairwise comparison matrix: its entries are too extreme for the eigenvector to be computed in double precision; use judgements on Saaty's 1..9 scale.");
        }

        var ci = n > 1 ? Math.Max(0, (lambda - n) / (n - 1)) : 0;
        var ri = RandomIndex(n);
        var cr = ri > 0 ? ci / ri : 0;
        return new AhpWeights(w, lambda, ci, ri, cr, cr <= ConsistencyThreshold, iterations);
    }

    /// <summary>Full hierarchy synthesis: criteria weights from <paramref name="criteria"/>, and per criterion the
    /// alternatives' local priorities from their own comparison matrix; global priority = Σ weight × local priority.</summary>
    public static AhpSynthesis Synthesize(
        IReadOnlyList<IReadOnlyList<double>> criteria,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> alternativesByCriterion)
    {
        ArgumentNullException.ThrowIfNull(alternativesByCriterion);
        var criteriaWeights = Weights(criteria);
        if (alternativesByCriterion.Count != criteriaWeights.Weights.Count)
        {
            throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                $"{criteriaWeights.Weights.Count} criteria need {criteriaWeights.Weights.Count} alternative matrices, got {alternativesByCriterion.Count}."));
        }

        var local = alternativesByCriterion.Select(Weights).ToArray();
        var m = local[0].Weights.Count;
        if (local.Any(l => l.Weights.Count != m))
        {
            throw new DecisionInputException("Every alternative comparison matrix must compare the same number of alternatives.");
        }

        var global = new double[m];
        for (var j = 0; j < local.Length; j++)
        {
            for (var i = 0; i < m; i++)
            {
                global[i] += criteriaWeights.Weights[j] * local[j].Weights[i];
            }
        }

        return new AhpSynthesis(criteriaWeights, local, global);
    }

    internal static double[][] ToJagged(double[,] matrix)
    {
        int rows = matrix.GetLength(0), columns = matrix.GetLength(1);
        var result = new double[rows][];
        for (var i = 0; i < rows; i++)
        {
            result[i] = new double[columns];
            for (var j = 0; j < columns; j++)
            {
                result[i][j] = matrix[i, j];
            }
        }

        return result;
    }
}
