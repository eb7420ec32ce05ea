namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// VIKOR, as stated in S. Opricovic and G.-H. Tzeng, "Compromise solution by MCDM methods: A comparative analysis of
/// VIKOR and TOPSIS", European Journal of Operational Research 156(2):445-455, 2004. Best f* and worst f- per criterion
/// are the observed ones; S = Σ wj (f*j - fij)/(f*j - f-j), R = max of the same terms,
/// Q = v (S - S*)/(S- - S*) + (1 - v)(R - R*)/(R- - R*). A constant criterion separates nobody (its terms are 0); when
/// every S (or every R) is equal, that half of Q is 0 for everyone.
/// </summary>
public static class Vikor
{
    /// <summary>v = 0.5: the "consensus" weight between the majority's utility and the individual regret.</summary>
    public const double DefaultV = 0.5;

    public static VikorResult Compute(
        IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<bool> benefit, IReadOnlyList<double> weights, double v = DefaultV)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(benefit);
        ArgumentNullException.ThrowIfNull(weights);
        CheckV(v);
        var (flat, m, n) = MatrixInput.Flatten(values, benefit.Count);
        if (weights.Count != n)
        {
            throw new DecisionInputException("VIKOR needs one weight per criterion.");
        }

        var w = CriteriaWeighting.Normalise(weights.ToArray(), out _);
        var cells = new double[m * n];
        var s = new double[m];
        var r = new double[m];
        var q = new double[m];
        Measures(benefit.ToArray(), flat, w, m, cells, s, r, q, v);
        return Conclude(s, r, q, v);
    }

    /// <summary>The range of v: 0 (veto: only the largest regret counts) to 1 (majority rule: only the utility counts).</summary>
    public const double MinV = 0;

    /// <summary>See <see cref="MinV"/>.</summary>
    public const double MaxV = 1;

    /// <summary>What is wrong with a v, in words; null when it lies within [<see cref="MinV"/>, <see cref="MaxV"/>].</summary>
    public static string? VProblem(double v) =>
        double.IsFinite(v) && v >= MinV && v <= MaxV
            ? null
            : FieldRules.Invariant($"v is a number between {MinV} and {MaxV} ({DefaultV}: consensus; above: majority rule; below: veto).");

    /// <summary>Rejects a v outside [<see cref="MinV"/>, <see cref="MaxV"/>] (see <see cref="VProblem"/>).</summary>
    public static void CheckV(double v)
    {
        if (VProblem(v) is { } problem)
        {
            throw new DecisionInputException("vikorV: " + problem);
        }
    }

    /// <summary>C1, C2 and the compromise set from S, R and Q.</summary>
    public static VikorResult Conclude(double[] s, double[] r, double[] q, double v)
    {
        var m = q.Length;
        var order = Enumerable.Range(0, m).OrderBy(i => q[i]).ThenBy(i => i).ToArray();
        if (m < 2)
        {
            return new VikorResult(s, r, q, v, order, 1, true, true, order);
        }

        var dq = 1.0 / (m - 1);
        int first = order[0], second = order[1];
        var advantage = q[second] - q[first] >= dq - Slack;
        var stability = s[first] <= s.Min() + Slack || r[first] <= r.Min() + Slack;
        int[] set = (advantage, stability) switch
        {
            (true, true) => [first],
            (true, false) => [first, second],
            _ => order.Where(i => q[i] - q[first] < dq - Slack).ToArray(),
        };
        return new VikorResult(s, r, q, v, order, dq, advantage, stability, set);
    }

    // Equal S, R or Q values computed along different paths may differ in the last bits.
    private const double Slack = 1e-12;

    /// <summary>S, R and Q into caller buffers (length m), and each criterion's weighted regret wj (f*j - fij)/(f*j - f-j)
    /// into <paramref name="cells"/> (m x n), so a row sums to S. Allocation-free for the Monte Carlo loop.</summary>
    internal static void Measures(
        bool[] benefit, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, int m,
        Span<double> cells, Span<double> s, Span<double> r, Span<double> q, double v)
    {
        var n = weights.Length;
        s[..m].Clear();
        r[..m].Clear();
        for (var j = 0; j < n; j++)
        {
            double max = double.NegativeInfinity, min = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                var x = values[(i * n) + j];
                max = Math.Max(max, x);
                min = Math.Min(min, x);
            }

            var range = max - min;
            for (var i = 0; i < m; i++)
            {
                var x = values[(i * n) + j];
                var regret = range > 0 ? weights[j] * (benefit[j] ? max - x : x - min) / range : 0;
                cells[(i * n) + j] = regret;
                s[i] += regret;
                r[i] = Math.Max(r[i], regret);
            }
        }

        double sMin = double.PositiveInfinity, sMax = double.NegativeInfinity, rMin = double.PositiveInfinity, rMax = double.NegativeInfinity;
        for (var i = 0; i < m; i++)
        {
            sMin = Math.Min(sMin, s[i]);
            sMax = Math.Max(sMax, s[i]);
            rMin = Math.Min(rMin, r[i]);
            rMax = Math.Max(rMax, r[i]);
        }

        for (var i = 0; i < m; i++)
        {
            var utility = sMax > sMin ? (s[i] - sMin) / (sMax - sMin) : 0;
            var regret = rMax > rMin ? (r[i] - rMin) / (rMax - rMin) : 0;
            q[i] = (v * utility) + ((1 - v) * regret);
        }
    }
}
