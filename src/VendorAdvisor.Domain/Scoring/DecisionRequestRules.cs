namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// Every check of a <see cref="DecisionRequest"/> that can be named on a field: the one statement of what the engine
/// accepts. <see cref="DecisionEngine.Analyze"/> refuses a request with any of these problems, and the host reports
/// them field by field before calling it. Entries of the lists may be null (a caller's JSON can hold null): they are
/// reported, never dereferenced.
/// </summary>
public static class DecisionRequestRules
{
    public const string NoCriteria = "Give at least one criterion.";
    public const string NoAlternatives = "Give at least one alternative.";

    public static readonly string SamplesOutOfRange = FieldRules.Invariant($"Samples must be between 0 and {DecisionEngine.MaxSamples}.");

    public static IReadOnlyList<FieldProblem> Validate(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<FieldProblem>();
        var criteria = request.Criteria ?? [];
        var alternatives = request.Alternatives ?? [];
        Count(problems, "criteria", criteria.Count, DecisionEngine.MaxCriteria, NoCriteria, "criteria");
        Count(problems, "alternatives", alternatives.Count, DecisionEngine.MaxAlternatives, NoAlternatives, "alternatives");
        if (request.Samples is < 0 or > DecisionEngine.MaxSamples)
        {
            problems.Add(new("samples", SamplesOutOfRange));
        }
        else if (alternatives.Any(a => a?.Uncertainty is { Count: > 0 })
                 && DecisionEngine.WorkBudgetProblem(criteria.Count, alternatives.Count, request.Samples) is { } overBudget)
        {
            problems.Add(new("samples", FieldRules.Sentence(overBudget)));
        }

        if (criteria.Count is 0 or > DecisionEngine.MaxCriteria)
        {
            // Nothing else can be read against criteria that are missing or too many.
            return problems;
        }

        for (var j = 0; j < criteria.Count; j++)
        {
            if (criteria[j] is null)
            {
                problems.Add(new(FieldRules.Field("criteria[{0}]", j), "Each criterion is an object: { \"id\": ..., \"benefit\": true or false }."));
            }
        }

        FieldRules.Ids(problems, criteria.Select(c => c?.Id).ToArray(), "criteria[{0}].id", "criterion", present: j => criteria[j] is not null);
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var criterion in criteria.Where(c => !string.IsNullOrWhiteSpace(c?.Id)))
        {
            known.TryAdd(criterion.Id, criterion.Benefit);
        }

        if (alternatives.Count is > 0 and <= DecisionEngine.MaxAlternatives)
        {
            FieldRules.Ids(problems, alternatives.Select(a => a?.Id).ToArray(), "alternatives[{0}].id", "alternative", present: i => alternatives[i] is not null);
            for (var i = 0; i < alternatives.Count; i++)
            {
                Alternative(problems, request, alternatives[i], FieldRules.Field("alternatives[{0}]", i), criteria, known);
            }
        }

        foreach (var (key, weight) in request.Weights ?? new Dictionary<string, double>())
        {
            if (!known.ContainsKey(key))
            {
                problems.Add(new($"weights.{FieldRules.Show(key)}", FieldRules.NoCriterion(key)));
            }
            else if (!double.IsFinite(weight) || weight < 0)
            {
                problems.Add(new($"weights.{key}", "A weight must be a finite non-negative number."));
            }
        }

        MethodSettingRules.Check(problems, request, known);
        if (request.PairwiseMatrix is not null)
        {
            if (request.Weights is not null)
            {
                problems.Add(new("pairwise", "Give either weights or a pairwise matrix, not both."));
            }
            else
            {
                FieldRules.Matrix(problems, "pairwise", request.PairwiseMatrix, criteria.Count, "criteria");
            }
        }

        return problems;
    }

    /// <summary>The message for a criterion an alternative has no value for.</summary>
    public static string MissingValue(string criterion) =>
        $"No value for '{FieldRules.Show(criterion)}'. A decision matrix needs every value: VendorAdvisor does not impute one and never reads a missing value as 0. Give the value, or leave the criterion or the alternative out.";

    private static void Count(List<FieldProblem> problems, string field, int count, int max, string none, string what)
    {
        if (count == 0)
        {
            problems.Add(new(field, none));
        }
        else if (count > max)
        {
            problems.Add(new(field, FieldRules.Invariant($"At most {max} {what} are supported; {count} were given.")));
        }
    }

    private static void Alternative(
        List<FieldProblem> problems, DecisionRequest request, DecisionAlternative? alternative, string at,
        IReadOnlyList<DecisionCriterion> criteria, Dictionary<string, bool> known)
    {
        if (alternative is null)
        {
            problems.Add(new(at, "Each alternative is an object: { \"id\": ..., \"scores\": { criterion: value } }."));
            return;
        }

        if (alternative.Scores is not { } scores)
        {
            problems.Add(new($"{at}.scores", "Give a score for every criterion."));
            return;
        }

        // A criterion decided by the alternatives' pairwise comparisons (AHP) needs no score: none would be read.
        foreach (var criterion in criteria.Where(c => c is not null && known.ContainsKey(c.Id) && !scores.ContainsKey(c.Id)
                                                      && request.AlternativeComparisons?.ContainsKey(c.Id) != true))
        {
            problems.Add(new($"{at}.scores.{criterion.Id}", MissingValue(criterion.Id)));
        }

        foreach (var (key, value) in scores)
        {
            if (!known.TryGetValue(key, out var benefit))
            {
                problems.Add(new($"{at}.scores.{FieldRules.Show(key)}", FieldRules.NoCriterion(key)));
            }
            else if (!double.IsFinite(value))
            {
                problems.Add(new($"{at}.scores.{key}", "A score must be a finite number."));
            }
            else if (request.Method == McdaMethod.Ahp && (benefit ? value < 0 : value <= 0))
            {
                problems.Add(new($"{at}.scores.{key}", benefit
                    ? "The ahp method compares values as ratios: a benefit score must not be negative. Use weighted-sum or topsis for signed values."
                    : "The ahp method compares values as ratios: a cost must be positive. Use weighted-sum or topsis for zero or signed costs."));
            }
        }

        foreach (var (key, sd) in alternative.Uncertainty ?? new Dictionary<string, double>())
        {
            if (!known.ContainsKey(key))
            {
                problems.Add(new($"{at}.uncertainty.{FieldRules.Show(key)}", FieldRules.NoCriterion(key)));
            }
            else if (!double.IsFinite(sd) || sd < 0)
            {
                problems.Add(new($"{at}.uncertainty.{key}", "An uncertainty is a standard deviation: a finite non-negative number."));
            }
        }
    }
}
