using System.Globalization;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Profiles;

/// <summary>What is wrong with a profile against the catalog's ids, field by field; an empty list means it can be
/// analysed. Each rule is stated once here: the advisor refuses a profile with these problems, and the host's
/// validators check each field with the same rule and words.</summary>
public static class ProfileValidation
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    /// <summary>The most entries of a profile's lists (regions, existing clouds, data categories).</summary>
    public const int MaxListItems = 10;

    public static IReadOnlyList<FieldProblem> Validate(ClientProfile profile, IReadOnlyCollection<string> vendorIds, IReadOnlyCollection<string> criterionIds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(vendorIds);
        ArgumentNullException.ThrowIfNull(criterionIds);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            problems.Add(new("name", "name is required"));
        }

        CheckDefined(profile.Sector, "sector", problems);
        CheckDefined(profile.Origin, "origin", problems);
        CheckDefined(profile.LatencySensitivity, "latencySensitivity", problems);
        CheckDefined(profile.PriceSensitivity, "priceSensitivity", problems);
        foreach (var (criterion, priority) in profile.Priorities ?? new Dictionary<string, double>())
        {
            if ((CriterionProblem(criterion, criterionIds) ?? PriorityProblem(criterion, priority)) is { } problem)
            {
                problems.Add(new($"priorities.{criterion}", problem));
            }
        }

        if (profile.Constraints is { } constraints)
        {
            var excluded = constraints.ExcludedVendors ?? [];
            for (var i = 0; i < excluded.Count; i++)
            {
                if (VendorProblem(excluded[i], vendorIds) is { } problem)
                {
                    problems.Add(new(FormattableString.Invariant($"constraints.excludedVendors[{i}]"), problem));
                }
            }

            foreach (var (criterion, minimum) in constraints.MinimumScores ?? new Dictionary<string, double>())
            {
                if ((CriterionProblem(criterion, criterionIds) ?? MinimumScoreProblem(criterion, minimum)) is { } problem)
                {
                    problems.Add(new($"constraints.minimumScores.{criterion}", problem));
                }
            }
        }

        return problems;
    }

    /// <summary>Why <paramref name="criterion"/> is not one of <paramref name="criterionIds"/>; null when it is.</summary>
    public static string? CriterionProblem(string criterion, IReadOnlyCollection<string> criterionIds)
    {
        ArgumentNullException.ThrowIfNull(criterionIds);
        return criterionIds.Contains(criterion) ? null : $"'{criterion}' is not a criterion; use one of: {string.Join(", ", criterionIds)}.";
    }

    /// <summary>Why <paramref name="vendor"/> is not one of <paramref name="vendorIds"/>; null when it is.</summary>
    public static string? VendorProblem(string vendor, IReadOnlyCollection<string> vendorIds)
    {
        ArgumentNullException.ThrowIfNull(vendorIds);
        return vendorIds.Contains(vendor) ? null : $"'{vendor}' is not a vendor; use one of: {string.Join(", ", vendorIds)}.";
    }

    /// <summary>Why a priority is out of [<see cref="KnownIds.MinPriority"/>, <see cref="KnownIds.MaxPriority"/>]; null when it is within.</summary>
    public static string? PriorityProblem(string criterion, double priority) =>
        double.IsFinite(priority) && priority >= KnownIds.MinPriority && priority <= KnownIds.MaxPriority
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the priority of '{criterion}' must be between {KnownIds.MinPriority} and {KnownIds.MaxPriority}.");

    /// <summary>Why a least acceptable score is off the <see cref="AssessmentScale"/>; null when it is on it.</summary>
    public static string? MinimumScoreProblem(string criterion, double minimum) =>
        AssessmentScale.Contains(minimum)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the minimum score of '{criterion}' must be between {AssessmentScale.Min} and {AssessmentScale.Max}.");

    private static void CheckDefined<TEnum>(TEnum value, string field, List<FieldProblem> problems) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(new(field, $"{field} has an unknown value"));
        }
    }
}
