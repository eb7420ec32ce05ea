namespace VendorAdvisor.Domain.Scoring;

/// <summary>One thing wrong with an input, on the field it concerns (a path in the caller's JSON, such as
/// <c>alternatives[0].scores.price</c>), in words the caller can act on. The host reports it as is, so a rule is
/// written once, here, and the host's validators only relay it.</summary>
public sealed record FieldProblem(string Field, string Message)
{
    /// <summary>All the problems as one sentence per problem, each prefixed by its field: an exception's message.</summary>
    public static string Describe(IEnumerable<FieldProblem> problems) =>
        string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}"));
}
