using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The checks and defaults of the newer methods' settings: PROMETHEE's preference functions and objective weights.</summary>
internal static class MethodSettings
{
    /// <summary>One function per criterion in criterion order, usual where none is given; unknown criteria and bad
    /// thresholds are refused.</summary>
    public static PreferenceFunction[] PreferenceFunctions(IReadOnlyDictionary<string, PreferenceFunction>? given, string[] criterionIds)
    {
        var result = Enumerable.Repeat(PreferenceFunction.Usual, criterionIds.Length).ToArray();
        foreach (var (criterion, function) in given ?? new Dictionary<string, PreferenceFunction>())
        {
            var j = Array.IndexOf(criterionIds, criterion);
            if (j < 0)
            {
                throw new DecisionInputException($"a preference function is given for unknown criterion '{criterion}'.");
            }

            if (function is null || function.Validate() is { Count: > 0 } problems)
            {
                throw new DecisionInputException($"the preference function of '{criterion}' is not usable: {string.Join("; ", function?.Validate() ?? ["it is empty"])}.");
            }

            result[j] = function;
        }

        return result;
    }

    /// <summary>Entropy or CRITIC weights from the raw values, or null when the request gives none.</summary>
    public static ObjectiveWeights? ObjectiveWeights(DecisionRequest request, double[] values, bool[] benefit, int m, List<string> warnings)
    {
        if (request.ObjectiveWeights is not { } method)
        {
            return null;
        }

        if (request.Weights is not null || request.PairwiseMatrix is not null)
        {
            throw new DecisionInputException("give weights, a pairwise matrix or objective weights, only one of them.");
        }

        if (request.AlternativeComparisons is { Count: > 0 })
        {
            throw new DecisionInputException("objective weights need a score for every criterion; they cannot be used with alternative comparisons.");
        }

        var n = benefit.Length;
        var rows = Enumerable.Range(0, m).Select(i => (IReadOnlyList<double>)values.AsSpan(i * n, n).ToArray()).ToArray();
        try
        {
            var result = method switch
            {
                ObjectiveWeighting.Critic => CriticWeights.Compute(rows, benefit),
                ObjectiveWeighting.EntropyMinMax => EntropyWeights.Compute(rows, benefit, EntropyNormalisation.MinMax),
                _ => EntropyWeights.Compute(rows, benefit),
            };
            warnings.AddRange(result.Warnings);
            return result;
        }
        catch (DecisionInputException e)
        {
            // The weighting's messages name criteria by position; say which one.
            throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture, $"objective weights ({method}): {e.Message}"));
        }
    }
}
