using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The checks and defaults of the newer methods' settings: PROMETHEE's preference functions and objective weights.</summary>
internal static class MethodSettings
{
    /// <summary>One function per criterion in criterion order, usual where none is given; the request has passed
    /// <see cref="DecisionRequestRules"/>, which refuses unknown criteria and bad thresholds.</summary>
    public static PreferenceFunction[] PreferenceFunctions(IReadOnlyDictionary<string, PreferenceFunction>? given, string[] criterionIds)
    {
        var result = Enumerable.Repeat(PreferenceFunction.Usual, criterionIds.Length).ToArray();
        foreach (var (criterion, function) in given ?? new Dictionary<string, PreferenceFunction>())
        {
            result[Array.IndexOf(criterionIds, criterion)] = function;
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
