namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// The winner of the problem with one weight moved, as <see cref="SensitivityAnalysis.Rank"/>(problem,
/// <see cref="SensitivityAnalysis.WeightsAt"/>(...))[0] computes it, the same arithmetic in the same order, into
/// buffers kept for the whole search (the search ranks thousands of times). Two shortcuts that cannot change the
/// answer: TOPSIS's vector normalisation does not depend on the weights, so it is computed once (the same divisions,
/// so the same doubles); and when the base winner's score is clear of every other (beyond the tie tolerance) it
/// is first whatever the tie-break, so the ordering is skipped.
/// </summary>
internal sealed class SensitivityRanker
{
    private readonly Problem problem;
    private readonly int winner;
    private readonly double[] weights;
    private readonly double[] scores;
    private readonly double[] cells;
    private readonly double[] columnA;
    private readonly double[] columnB;
    private readonly int[] order;
    private readonly int[] criteria;
    private readonly double[]? normalised;
    private readonly double[]? norms;

    public SensitivityRanker(Problem problem, int winner)
    {
        int m = problem.M, n = problem.N;
        this.problem = problem;
        this.winner = winner;
        weights = new double[n];
        scores = new double[m];
        cells = new double[m * n];
        columnA = new double[n];
        columnB = new double[n];
        order = new int[m];
        criteria = new int[n];
        if (problem.Method == McdaMethod.Topsis)
        {
            normalised = new double[m * n];
            norms = new double[n];
            ScoringKernel.VectorNormalise(problem.Values, m, n, normalised, norms);
        }
    }

    public int Top(int j, double t)
    {
        var rest = 1 - problem.Weights[j];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = k == j ? t : rest > 1e-12 ? problem.Weights[k] * (1 - t) / rest : (1 - t) / (weights.Length - 1);
        }

        if (normalised is not null)
        {
            ScoringKernel.TopsisNormalised(problem.Benefit, normalised, norms!, weights, problem.M, scores, cells, columnA, columnB);
        }
        else
        {
            ScoringKernel.Score(problem, problem.Values, weights, problem.M, scores, cells, columnA, columnB);
        }

        if (TieBreak.ClearlyFirst(scores, winner))
        {
            return winner;
        }

        TieBreak.Order(order, scores, problem.Values, problem.N, problem.Benefit, CriteriaOrder(), problem.AlternativeIds);
        return order[0];
    }

    // TieBreak.CriteriaOrder without its allocations while every weight is positive (all but the ends of a scan).
    private int[] CriteriaOrder()
    {
        if (Array.Exists(weights, w => !(w > 0)))
        {
            return TieBreak.CriteriaOrder(weights);
        }

        for (var j = 0; j < criteria.Length; j++)
        {
            criteria[j] = j;
        }

        TieBreak.SortByWeight(criteria, weights);
        return criteria;
    }
}
