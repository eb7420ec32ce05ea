using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The field-path checks several inputs share: lists of ids, pairwise comparison matrices, the spelling of a
/// field and of an id in a message.</summary>
public static class FieldRules
{
    /// <summary>The longest id of a criterion or an alternative.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Checks a list of ids (empty, too long, duplicated); <paramref name="field"/> is a format with the index,
    /// e.g. <c>criteria[{0}].id</c>. Entries for which <paramref name="present"/> answers false are skipped (reported elsewhere).</summary>
    public static void Ids(List<FieldProblem> problems, IReadOnlyList<string?> ids, string field, string what, Func<int, bool>? present = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(ids);
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
                problems.Add(new(name, $"Every {what} needs a non-empty id."));
            }
            else if (id.Length > MaxIdLength)
            {
                problems.Add(new(name, Invariant($"A {what} id may be at most {MaxIdLength} characters; this one has {id.Length}.")));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new(name, $"The {what} id '{id}' appears more than once."));
            }
        }
    }

    /// <summary>Checks that a pairwise comparison matrix is n x n and passes <see cref="Ahp.Validate(IReadOnlyList{IReadOnlyList{double}})"/>,
    /// every problem on <paramref name="field"/>; <paramref name="order"/> names what orders the rows (e.g. "criteria").</summary>
    public static void Matrix(List<FieldProblem> problems, string field, IReadOnlyList<IReadOnlyList<double>>? matrix, int n, string order)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (matrix is null)
        {
            problems.Add(new(field, "Give the pairwise comparison matrix."));
            return;
        }

        if (matrix.Count != n)
        {
            problems.Add(new(field, Invariant($"The matrix has {matrix.Count} rows; it must be {n}x{n}, one row and column per criterion in the order of {order}.")));
            return;
        }

        problems.AddRange(Ahp.Validate(matrix).Select(problem => new FieldProblem(field, Sentence(problem))));
    }

    /// <summary>The message for a key that names no criterion.</summary>
    public static string NoCriterion(string key) => $"There is no criterion '{Show(key)}'.";

    /// <summary>A field path with an index, e.g. <c>Field("criteria[{0}].id", 2)</c>.</summary>
    public static string Field(string format, int index) => string.Format(CultureInfo.InvariantCulture, format, index);

    /// <summary>An id as shown in a message or a field path: never more than the longest valid id.</summary>
    public static string Show(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length <= MaxIdLength ? id : id[..MaxIdLength] + "…";
    }

    /// <summary>A lower-case clause of the engine (e.g. from <see cref="Ahp.Validate(IReadOnlyList{IReadOnlyList{double}})"/>) as a sentence.</summary>
    public static string Sentence(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Length == 0 ? clause : char.ToUpperInvariant(clause[0]) + clause[1..] + (clause.EndsWith('.') ? "" : ".");
    }

    internal static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
