using System.Globalization;
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

/// Shape rules shared by the analysis endpoints: ids and AHP comparison matrices.
internal static class AnalysisRules
{
    public const int MaxIdLength = 100;

    public const string NotFinite =
        "The numbers are too extreme to be computed in double precision (they span too many orders of magnitude); rescale them.";

    /// Checks a list of ids (empty, too long, duplicated); field is a format with the index, e.g. "criteria[{0}].id".
    /// Entries for which present answers false are skipped (reported elsewhere).
    public static void Ids<T>(ValidationContext<T> context, IReadOnlyList<string?> ids, string field, string what, Func<int, bool>? present = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (present?.Invoke(i) == false)
            {
                continue;
            }

            var name = Field(field, i);
            var id = ids[i];
            if (string.IsNullOrWhiteSpace(id))
            {
                context.AddFailure(name, $"Every {what} needs a non-empty id.");
            }
            else if (id.Length > MaxIdLength)
            {
                context.AddFailure(name, Invariant($"A {what} id may be at most {MaxIdLength} characters; this one has {id.Length}."));
            }
            else if (!seen.Add(id))
            {
                context.AddFailure(name, $"The {what} id '{id}' appears more than once.");
            }
        }
    }

    /// Checks that a pairwise comparison matrix is n x n, positive, with a unit diagonal and reciprocal, using the
    /// domain's own rules so that what passes here is what the engine accepts.
    public static void Matrix<T>(ValidationContext<T> context, string field, IReadOnlyList<IReadOnlyList<double>>? matrix, int n, string order)
    {
        if (matrix is null)
        {
            context.AddFailure(field, "Give the pairwise comparison matrix.");
            return;
        }

        if (matrix.Count != n)
        {
            context.AddFailure(field, Invariant($"The matrix has {matrix.Count} rows; it must be {n}x{n}, one row and column per criterion in the order of {order}."));
            return;
        }

        foreach (var problem in Ahp.Validate(matrix))
        {
            context.AddFailure(field, Capitalise(problem) + ".");
        }
    }

    public static string Field(string format, int index) => string.Format(CultureInfo.InvariantCulture, format, index);

    /// An id as shown in a message: never more than the longest valid id.
    public static string Show(string id) => id.Length <= MaxIdLength ? id : id[..MaxIdLength] + "…";

    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
