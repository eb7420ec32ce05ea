using FluentValidation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Analyses;

/// Weights derived from a pairwise comparison matrix, with Saaty's consistency measures.
public sealed record AhpWeightsResponse
{
    /// <summary>The principal eigenvector, normalised to sum to 1, per criterion id.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>The principal eigenvalue; equals the number of criteria for perfectly consistent judgements.</summary>
    public required double LambdaMax { get; init; }

    /// <summary>(λmax − n) / (n − 1).</summary>
    public required double ConsistencyIndex { get; init; }

    /// <summary>Saaty's random index for this matrix size.</summary>
    public required double RandomIndex { get; init; }

    /// <summary>Consistency index / random index (0 for one or two criteria).</summary>
    public required double ConsistencyRatio { get; init; }

    /// <summary>The largest consistency ratio still reported as consistent: 0.1 (Saaty's 10 % rule).</summary>
    public required double ConsistencyThreshold { get; init; }

    /// <summary>Whether the consistency ratio is at most the threshold.</summary>
    public required bool Consistent { get; init; }

    public static AhpWeightsResponse From(IReadOnlyList<string> criteria, AhpWeights ahp) => new()
    {
        Weights = criteria.Select((id, j) => (id, j)).ToDictionary(x => x.id, x => ahp.Weights[x.j], StringComparer.Ordinal),
        LambdaMax = ahp.LambdaMax,
        ConsistencyIndex = ahp.ConsistencyIndex,
        RandomIndex = ahp.RandomIndex,
        ConsistencyRatio = ahp.ConsistencyRatio,
        ConsistencyThreshold = Ahp.ConsistencyThreshold,
        Consistent = ahp.Consistent,
    };

    internal bool IsFinite() =>
        Weights.Values.All(double.IsFinite) && double.IsFinite(LambdaMax) && double.IsFinite(ConsistencyIndex)
        && double.IsFinite(ConsistencyRatio);
}

/// The domain's field rules (FieldRules) as FluentValidation failures, for the analysis and team endpoints.
internal static class AnalysisRules
{
    public const string NotFinite =
        "The numbers are too extreme to be computed in double precision (they span too many orders of magnitude); rescale them.";

    /// See FieldRules.Ids.
    public static void Ids<T>(ValidationContext<T> context, IReadOnlyList<string?> ids, string field, string what) =>
        Report(context, problems => FieldRules.Ids(problems, ids, field, what));

    /// See FieldRules.Matrix.
    public static void Matrix<T>(ValidationContext<T> context, string field, IReadOnlyList<IReadOnlyList<double>>? matrix, int n, string order) =>
        Report(context, problems => FieldRules.Matrix(problems, field, matrix, n, order));

    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Report<T>(ValidationContext<T> context, Action<List<FieldProblem>> check)
    {
        var problems = new List<FieldProblem>();
        check(problems);
        foreach (var problem in problems)
        {
            context.AddFailure(problem.Field, problem.Message);
        }
    }
}
