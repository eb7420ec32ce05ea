using System.Text.Json;

namespace VendorAdvisor.Domain.Regulation;

/// <summary>Reads the regulation catalogue (seeds/regulations.json) and refuses one in which any claim lacks a source.</summary>
public static class RegulationCatalogJson
{
    /// <summary>The rules the evaluator applies by id; a catalogue without them cannot answer.</summary>
    public static readonly IReadOnlyList<string> RequiredRules =
    [
        ReadinessRules.SecurityAssessment, ReadinessRules.StandardContract, ReadinessRules.BelowThresholds,
        ReadinessRules.ExemptionClaimed, ReadinessRules.NoticeAndConsent, ReadinessRules.CoreDataNoTransfer,
        ReadinessRules.CoreDataControls, ReadinessRules.CiioLocalisation, ReadinessRules.MlpsLevel1,
        ReadinessRules.MlpsFiling, ReadinessRules.IcpFiling, ReadinessRules.IcpLicence,
    ];

    public static RegulationCatalog Parse(string json) => DomainJson.ParseChecked<RegulationCatalog>(json, "the regulation catalogue", Validate);

    public static string Serialize(RegulationCatalog catalog) => JsonSerializer.Serialize(catalog, DomainJson.Options);

    /// <summary>Everything wrong with a catalogue, in words; empty when it is usable.</summary>
    public static IReadOnlyList<string> Validate(RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        Require(catalog.Version, "version", problems);
        Require(catalog.Date, "date", problems);
        Require(catalog.Disclaimer, "disclaimer", problems);
        var sources = catalog.Sources ?? [];
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Unique(sources.Select(s => s.Id), "source", problems);
        foreach (var source in sources)
        {
            foreach (var (value, field) in new[] { (source.Title, "title"), (source.IssuingBody, "issuingBody"), (source.Promulgated, "promulgated"), (source.Effective, "effective"), (source.Url, "url") })
            {
                Require(value, $"source '{source.Id}' {field}", problems);
            }
        }

        if (catalog.Thresholds is not { } t)
        {
            problems.Add("thresholds are missing");
        }
        else
        {
            if (!(0 < t.StandardContractOrdinarySubjects && t.StandardContractOrdinarySubjects < t.SecurityAssessmentOrdinarySubjects) || t.SecurityAssessmentSensitiveSubjects <= 0)
            {
                problems.Add("thresholds must satisfy 0 < contract tier < assessment tier and a positive sensitive tier");
            }

            Cited(t.Citations, "thresholds", sourceIds, problems);
        }

        var rules = catalog.Rules ?? [];
        Unique(rules.Select(r => r.Id), "rule", problems);
        problems.AddRange(RequiredRules.Where(id => rules.All(r => r.Id != id)).Select(id => $"rule '{id}' is missing"));
        foreach (var rule in rules)
        {
            Require(rule.Summary, $"rule '{rule.Id}' summary", problems);
            Cited(rule.Citations, $"rule '{rule.Id}'", sourceIds, problems);
            if (rule.Who is null || rule.Who.Count == 0)
            {
                problems.Add($"rule '{rule.Id}' names nobody who acts");
            }

            if (rule.LeadTime is not { } lead)
            {
                problems.Add($"rule '{rule.Id}' has no lead time (say unknown when no source gives one)");
            }
            else if (lead.Basis == LeadTimeBasis.Sourced && (lead.SourceId is null || !sourceIds.Contains(lead.SourceId)))
            {
                problems.Add($"rule '{rule.Id}' calls its lead time sourced but cites no known source");
            }
        }

        var exemptions = catalog.Exemptions ?? [];
        Unique(exemptions.Select(e => e.Id), "exemption", problems);
        foreach (var exemption in exemptions)
        {
            Cited(exemption.Citations, $"exemption '{exemption.Id}'", sourceIds, problems);
        }

        var facts = catalog.VendorFacts ?? [];
        Unique(facts.Select(f => f.Id), "vendor fact", problems);
        foreach (var fact in facts)
        {
            var ids = fact.SourceIds ?? [];
            // An unknown needs no source (it says the sources are silent); anything else must name one.
            if (fact.Support != VendorSupport.Unknown && ids.Count == 0)
            {
                problems.Add($"vendor fact '{fact.Id}' states {KnownName(fact.Support)} without a source");
            }

            problems.AddRange(ids.Where(id => !sourceIds.Contains(id)).Select(id => $"vendor fact '{fact.Id}' cites unknown source '{id}'"));
        }

        if (catalog.Adjustment is not { } a)
        {
            problems.Add("the readiness adjustment is missing");
        }
        else if (!(a.MinDelta <= 0 && 0 <= a.MaxDelta) || a.UnknownUncertainty < 0 || !double.IsFinite(a.Helps) || !double.IsFinite(a.Hinders))
        {
            problems.Add("the readiness adjustment needs minDelta <= 0 <= maxDelta, finite steps and a non-negative uncertainty step");
        }

        return problems;
    }

    private static string KnownName(VendorSupport support) => JsonSerializer.Serialize(support, DomainJson.Options).Trim('"');

    private static void Cited(IReadOnlyList<Citation>? citations, string what, HashSet<string> sourceIds, List<string> problems)
    {
        if (citations is null || citations.Count == 0)
        {
            problems.Add($"{what} cites no source");
            return;
        }

        problems.AddRange(citations.Where(c => !sourceIds.Contains(c.SourceId)).Select(c => $"{what} cites unknown source '{c.SourceId}'"));
    }

    private static void Require(string? value, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{what} is missing");
        }
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
