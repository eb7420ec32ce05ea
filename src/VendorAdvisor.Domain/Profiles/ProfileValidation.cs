using System.Globalization;

namespace VendorAdvisor.Domain.Profiles;

/// <summary>What is wrong with a profile against the catalog's ids, in words; an empty list means it can be analysed.
/// Shared by the advisor and the host's validators.</summary>
public static class ProfileValidation
{
    public static IReadOnlyList<string> Validate(ClientProfile profile, IReadOnlyCollection<string> vendorIds, IReadOnlyCollection<string> criterionIds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(vendorIds);
        ArgumentNullException.ThrowIfNull(criterionIds);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            problems.Add("name is required");
        }

        CheckDefined(profile.Sector, "sector", problems);
        CheckDefined(profile.Origin, "origin", problems);
        CheckDefined(profile.LatencySensitivity, "latencySensitivity", problems);
        CheckDefined(profile.PriceSensitivity, "priceSensitivity", problems);
        foreach (var (criterion, priority) in profile.Priorities ?? new Dictionary<string, double>())
        {
            if (!criterionIds.Contains(criterion))
            {
                problems.Add($"priorities name unknown criterion '{criterion}'");
            }
            else if (!double.IsFinite(priority) || priority < KnownIds.MinPriority || priority > KnownIds.MaxPriority)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"priority of '{criterion}' must be between {KnownIds.MinPriority} and {KnownIds.MaxPriority}"));
            }
        }

        if (profile.Constraints is { } constraints)
        {
            problems.AddRange((constraints.ExcludedVendors ?? []).Where(v => !vendorIds.Contains(v)).Select(v => $"excludedVendors names unknown vendor '{v}'"));
            foreach (var (criterion, minimum) in constraints.MinimumScores ?? new Dictionary<string, double>())
            {
                if (!criterionIds.Contains(criterion))
                {
                    problems.Add($"minimumScores name unknown criterion '{criterion}'");
                }
                else if (!double.IsFinite(minimum) || minimum < 0 || minimum > 10)
                {
                    problems.Add($"minimum score of '{criterion}' must be between 0 and 10");
                }
            }
        }

        return problems;
    }

    private static void CheckDefined<TEnum>(TEnum value, string field, List<string> problems) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add($"{field} has an unknown value");
        }
    }
}
