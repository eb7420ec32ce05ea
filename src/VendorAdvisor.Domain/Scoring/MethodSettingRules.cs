namespace VendorAdvisor.Domain.Scoring;

/// <summary>The field checks of the newer methods' settings (VIKOR's v, PROMETHEE's preference functions, objective
/// weights), part of <see cref="DecisionRequestRules"/>.</summary>
internal static class MethodSettingRules
{
    public static void Check(List<FieldProblem> problems, DecisionRequest request, IReadOnlyDictionary<string, bool> known)
    {
        if (Vikor.VProblem(request.VikorV) is { } v)
        {
            problems.Add(new("vikorV", v));
        }

        foreach (var (criterion, function) in request.PreferenceFunctions ?? new Dictionary<string, PreferenceFunction>())
        {
            var field = $"preferenceFunctions.{FieldRules.Show(criterion)}";
            if (!known.ContainsKey(criterion))
            {
                problems.Add(new(field, FieldRules.NoCriterion(criterion)));
            }
            else if (function is null)
            {
                problems.Add(new(field, PreferenceFunction.NoKind));
            }
            else
            {
                problems.AddRange(function.Validate().Select(problem => new FieldProblem(field, FieldRules.Sentence(problem))));
            }
        }

        if (request.ObjectiveWeights is not null && (request.Weights is not null || request.PairwiseMatrix is not null))
        {
            problems.Add(new("objectiveWeights", "Give weights, a pairwise matrix or objectiveWeights: only one of them."));
        }
    }
}
