using System.Globalization;
using System.Text.Json;

namespace VendorAdvisor.Domain.Catalog;

/// <summary>Reads and writes the catalog (seeds/catalog.json) and checks that it is complete and coherent.</summary>
public static class CatalogJson
{
    public static VendorCatalog Parse(string json) => DomainJson.ParseChecked<VendorCatalog>(json, "the catalog", Validate);

    public static string Serialize(VendorCatalog catalog) => JsonSerializer.Serialize(catalog, DomainJson.Options);

    /// <summary>Everything wrong with a catalog, in words; empty when it is usable.</summary>
    public static IReadOnlyList<string> Validate(VendorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(catalog.Version))
        {
            problems.Add("version is missing");
        }

        if (!(catalog.ScaleMin < catalog.ScaleMax))
        {
            problems.Add("scaleMin must be below scaleMax");
        }
        else if (catalog.ScaleMin != AssessmentScale.Min || catalog.ScaleMax != AssessmentScale.Max)
        {
            // The validators, messages and documents state AssessmentScale; a catalog on another scale would contradict them.
            problems.Add($"the scale must be {AssessmentScale.Text}, the scale of every assessment score");
        }

        var sources = catalog.Sources ?? [];
        var criteria = catalog.Criteria ?? [];
        var vendors = catalog.Vendors ?? [];
        var assessments = catalog.Assessments ?? [];
        Unique(sources.Select(s => s.Id), "source", problems);
        Unique(criteria.Select(c => c.Id), "criterion", problems);
        Unique(vendors.Select(v => v.Id), "vendor", problems);
        var factIds = sources.SelectMany(s => s.Facts ?? []).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (criteria.Count == 0 || vendors.Count == 0)
        {
            problems.Add("a catalog needs at least one criterion and one vendor");
        }

        foreach (var vendor in vendors)
        {
            foreach (var criterion in criteria)
            {
                var found = assessments.Count(a => a.VendorId == vendor.Id && a.CriterionId == criterion.Id);
                if (found != 1)
                {
                    problems.Add($"'{vendor.Id}' on '{criterion.Id}' has {found} assessments; exactly one is needed");
                }
            }
        }

        foreach (var a in assessments)
        {
            var cell = $"'{a.VendorId}' on '{a.CriterionId}'";
            if (vendors.All(v => v.Id != a.VendorId) || criteria.All(c => c.Id != a.CriterionId))
            {
                problems.Add($"assessment {cell} names an unknown vendor or criterion");
            }

            if (!double.IsFinite(a.Score) || a.Score < catalog.ScaleMin || a.Score > catalog.ScaleMax)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"assessment {cell} has score {a.Score} outside {catalog.ScaleMin}..{catalog.ScaleMax}"));
            }

            if (!double.IsFinite(a.Uncertainty) || a.Uncertainty < 0)
            {
                problems.Add($"assessment {cell} needs a non-negative uncertainty");
            }

            if (string.IsNullOrWhiteSpace(a.Rationale))
            {
                problems.Add($"assessment {cell} needs a rationale");
            }

            if (a.SourceIds is null || a.SourceIds.Count == 0)
            {
                problems.Add($"assessment {cell} cites no source");
            }

            problems.AddRange((a.SourceIds ?? []).Where(id => !sourceIds.Contains(id)).Select(id => $"assessment {cell} cites unknown source '{id}'"));
            problems.AddRange((a.FactIds ?? []).Where(id => !factIds.Contains(id)).Select(id => $"assessment {cell} cites unknown fact '{id}'"));
        }

        return problems;
    }

    private static void Unique(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var group in ids.GroupBy(id => id ?? "", StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(group.Key))
            {
                problems.Add($"a {what} has no id");
            }
            else if (group.Count() > 1)
            {
                problems.Add($"{what} id '{group.Key}' appears more than once");
            }
        }
    }
}
