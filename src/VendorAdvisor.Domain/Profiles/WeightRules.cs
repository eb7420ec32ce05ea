using System.Globalization;
using static VendorAdvisor.Domain.Profiles.KnownIds;

namespace VendorAdvisor.Domain.Profiles;

/// <summary>One rule's effect on one criterion: which profile attribute, with which value, moved it by how many points.</summary>
public sealed record WeightAdjustment(string Rule, string Attribute, string Value, string Criterion, double Points, string Reason);

/// <summary>A criterion's final weight and where it came from. Source is "derived" (base points plus rule adjustments),
/// "consultant-priority", "ahp-pairwise" or "equal-fallback"; DerivedPoints is what the rules alone would have given
/// when a consultant priority replaced them.</summary>
public sealed record CriterionWeight(
    string Criterion,
    double Weight,
    double Points,
    string Source,
    IReadOnlyList<WeightAdjustment> Adjustments,
    double? DerivedPoints = null);

/// <summary>A documented rule: when it fires, what it moves, and why.</summary>
public sealed record WeightRule(string Id, string Attribute, string Description);

/// <summary>
/// Turns a profile into criterion weights. Every criterion starts at <see cref="BasePoints"/>; each rule below adds or
/// removes points according to one attribute; points are floored at 0; consultant priorities (0..5) replace the points
/// of the criteria they name; weights are points / total (all zero → equal weights). Rules only fire for criteria the
/// catalog has, so a catalog with other criteria still gets a defined answer.
/// </summary>
public static class WeightRules
{
    public const string Version = "weight-rules/1";
    public const double BasePoints = 1.0;

    private static readonly (double Low, double High, double Critical) SensitivitySteps = (-1.0, 1.5, 3.0);

    public static IReadOnlyList<WeightRule> Rules { get; } =
    [
        new("latency-sensitivity", "latencySensitivity", "low −1, medium 0, high +1.5, critical +3 on latency"),
        new("price-sensitivity", "priceSensitivity", "low −1, medium 0, high +1.5, critical +3 on price"),
        new("consumer-payments", "consumerPaymentsInChina", "true +2.5 on payment-integration; false −1.5"),
        new("origin", "origin", "domestic: +1.5 localization, −1.5 multinational-footprint; multinational: +1.5 multinational-footprint, −0.5 localization"),
        new("regions", "regions", "global +1 and hong-kong +0.5 on multinational-footprint; mainland-china only −0.5"),
        new("existing-clouds", "existingClouds", "aws +3 on multinational-footprint; azure or gcp +1; a domestic cloud +0.5 on localization"),
        new("data-categories", "dataCategories", "most sensitive category: personal-information +0.5, important-data +1, core-data +2 on regulatory-alignment"),
        new("cross-border-transfer", "crossBorderTransfer", "true: +1.5 multinational-footprint, +0.5 regulatory-alignment"),
        new("geopolitical-risk", "geopoliticalRiskSensitivity", "low −0.5 regulatory-alignment; high +1.5 regulatory-alignment, +1 localization; critical +2.5 and +1.5"),
        new("sector", "sector", "gaming: latency +1.5, price +0.5; social-commerce: payment +1, localization +1; retail: payment +1, price +0.5; " +
            "travel: payment +0.5, latency +0.5, localization +0.5; automotive: regulatory +0.5; pharmaceuticals: multinational +1, regulatory +0.5; " +
            "logistics: multinational +1, latency +0.5; ai: price +1, localization +0.5; finance: regulatory +1.5; public-sector: regulatory +2, localization +1; manufacturing: price +0.5"),
    ];

    /// <summary>Weights for the given criteria, with the provenance of every point.</summary>
    public static IReadOnlyList<CriterionWeight> Derive(ClientProfile profile, IReadOnlyList<string> criterionIds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(criterionIds);
        var adjustments = Adjustments(profile).Where(a => criterionIds.Contains(a.Criterion, StringComparer.Ordinal)).ToArray();
        var priorities = profile.Priorities ?? new Dictionary<string, double>();
        var points = new double[criterionIds.Count];
        var derived = new double[criterionIds.Count];
        for (var j = 0; j < criterionIds.Count; j++)
        {
            var id = criterionIds[j];
            derived[j] = Math.Max(0, BasePoints + adjustments.Where(a => a.Criterion == id).Sum(a => a.Points));
            points[j] = priorities.TryGetValue(id, out var priority) ? priority : derived[j];
        }

        var total = points.Sum();
        var equal = !(total > 0);
        return criterionIds.Select((id, j) =>
        {
            var fromPriority = priorities.ContainsKey(id);
            return new CriterionWeight(
                id,
                equal ? 1.0 / criterionIds.Count : points[j] / total,
                points[j],
                equal ? "equal-fallback" : fromPriority ? "consultant-priority" : "derived",
                fromPriority ? [] : adjustments.Where(a => a.Criterion == id).ToArray(),
                fromPriority ? derived[j] : null);
        }).ToArray();
    }

    /// <summary>Every adjustment the rules make for this profile, in rule order (before filtering to the catalog's criteria).</summary>
    public static IReadOnlyList<WeightAdjustment> Adjustments(ClientProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var result = new List<WeightAdjustment>();
        void Add(string rule, string attribute, string value, string criterion, double points, string reason)
        {
            if (points != 0)
            {
                result.Add(new WeightAdjustment(rule, attribute, value, criterion, points, reason));
            }
        }

        Add("latency-sensitivity", "latencySensitivity", JsonName(profile.LatencySensitivity), Latency, Step(profile.LatencySensitivity),
            "how much the client's users feel response time");
        Add("price-sensitivity", "priceSensitivity", JsonName(profile.PriceSensitivity), Price, Step(profile.PriceSensitivity),
            "how much the client's budget constrains the choice");

        var payments = profile.ConsumerPaymentsInChina ? "true" : "false";
        Add("consumer-payments", "consumerPaymentsInChina", payments, PaymentIntegration, profile.ConsumerPaymentsInChina ? 2.5 : -1.5,
            profile.ConsumerPaymentsInChina ? "checkout for Chinese consumers runs through domestic payment systems" : "no consumer checkout in China to integrate");

        var origin = JsonName(profile.Origin);
        if (profile.Origin == Origin.Domestic)
        {
            Add("origin", "origin", origin, Localization, 1.5, "a domestic company lives in the local ecosystem");
            Add("origin", "origin", origin, MultinationalFootprint, -1.5, "a domestic company has no global estate to align with");
        }
        else
        {
            Add("origin", "origin", origin, MultinationalFootprint, 1.5, "a multinational runs the China estate alongside the rest of the world");
            Add("origin", "origin", origin, Localization, -0.5, "local ecosystem depth matters less to a company run from abroad");
        }

        var regions = profile.Regions ?? [];
        if (regions.Contains(Region.Global))
        {
            Add("regions", "regions", "global", MultinationalFootprint, 1, "operations outside Greater China");
        }

        if (regions.Contains(Region.HongKong))
        {
            Add("regions", "regions", "hong-kong", MultinationalFootprint, 0.5, "operations in Hong Kong, outside the mainland regime");
        }

        if (regions.Count > 0 && regions.All(r => r == Region.MainlandChina))
        {
            Add("regions", "regions", "mainland-china only", MultinationalFootprint, -0.5, "no presence outside the mainland");
        }

        var clouds = profile.ExistingClouds ?? [];
        if (clouds.Contains(CloudProvider.Aws))
        {
            Add("existing-clouds", "existingClouds", "aws", MultinationalFootprint, 3,
                "AWS everywhere else: one operating model, tooling and skill set is the main reason to keep AWS in China");
        }

        var otherGlobal = clouds.Where(c => c is CloudProvider.Azure or CloudProvider.Gcp).Select(JsonName).ToArray();
        if (otherGlobal.Length > 0)
        {
            Add("existing-clouds", "existingClouds", string.Join(",", otherGlobal), MultinationalFootprint, 1, "a global estate on another hyperscaler");
        }

        var domestic = clouds.Where(c => c is CloudProvider.AlibabaCloud or CloudProvider.HuaweiCloud or CloudProvider.TencentCloud).Select(JsonName).ToArray();
        if (domestic.Length > 0)
        {
            Add("existing-clouds", "existingClouds", string.Join(",", domestic), Localization, 0.5, "already working with a domestic cloud's ecosystem");
        }

        var categories = profile.DataCategories ?? [];
        var (category, categoryPoints) =
            categories.Contains(DataCategory.CoreData) ? (DataCategory.CoreData, 2.0)
            : categories.Contains(DataCategory.ImportantData) ? (DataCategory.ImportantData, 1.0)
            : categories.Contains(DataCategory.PersonalInformation) ? (DataCategory.PersonalInformation, 0.5)
            : (DataCategory.PersonalInformation, 0.0);
        Add("data-categories", "dataCategories", JsonName(category), RegulatoryAlignment, categoryPoints,
            "personal information, important data and core data must stay in China under PIPL and the Data Security Law; the more sensitive, the more regulatory fit matters");

        if (profile.CrossBorderTransfer)
        {
            Add("cross-border-transfer", "crossBorderTransfer", "true", MultinationalFootprint, 1.5, "data and workloads must connect with systems abroad");
            Add("cross-border-transfer", "crossBorderTransfer", "true", RegulatoryAlignment, 0.5, "cross-border transfers need approval");
        }

        if (profile.GeopoliticalRiskSensitivity is { } geo)
        {
            var value = JsonName(geo);
            var (regulatory, localization) = geo switch
            {
                Sensitivity.Low => (-0.5, 0.0),
                Sensitivity.High => (1.5, 1.0),
                Sensitivity.Critical => (2.5, 1.5),
                _ => (0.0, 0.0),
            };
            const string why = "exposure of the stack to geopolitical tension";
            Add("geopolitical-risk", "geopoliticalRiskSensitivity", value, RegulatoryAlignment, regulatory, why);
            Add("geopolitical-risk", "geopoliticalRiskSensitivity", value, Localization, localization, why);
        }

        var sector = JsonName(profile.Sector);
        foreach (var (criterion, points, reason) in SectorEffects(profile.Sector))
        {
            Add("sector", "sector", sector, criterion, points, reason);
        }

        return result;
    }

    private static double Step(Sensitivity level) => level switch
    {
        Sensitivity.Low => SensitivitySteps.Low,
        Sensitivity.High => SensitivitySteps.High,
        Sensitivity.Critical => SensitivitySteps.Critical,
        _ => 0,
    };

    private static (string Criterion, double Points, string Reason)[] SectorEffects(Sector sector) => sector switch
    {
        Sector.Gaming => [(Latency, 1.5, "games need low latency and fast iteration"), (Price, 0.5, "game margins depend on infrastructure cost")],
        Sector.SocialCommerce => [(PaymentIntegration, 1, "social commerce converts inside domestic payment flows"), (Localization, 1, "it lives inside local social ecosystems")],
        Sector.Retail => [(PaymentIntegration, 1, "retail checkout"), (Price, 0.5, "thin retail margins")],
        Sector.Travel => [(PaymentIntegration, 0.5, "bookings are paid by consumers"), (Latency, 0.5, "search and booking are interactive"), (Localization, 0.5, "local travel ecosystems")],
        Sector.Automotive => [(RegulatoryAlignment, 0.5, "vehicle and map data are tightly regulated in China")],
        Sector.Pharmaceuticals => [(MultinationalFootprint, 1, "validated systems are run the same way worldwide"), (RegulatoryAlignment, 0.5, "clinical and genetic data are regulated")],
        Sector.Logistics => [(MultinationalFootprint, 1, "shipments cross borders"), (Latency, 0.5, "tracking and dispatch are near real time")],
        Sector.Ai => [(Price, 1, "compute cost dominates an AI budget"), (Localization, 0.5, "local AI-native platforms and models")],
        Sector.Finance => [(RegulatoryAlignment, 1.5, "financial data and services are heavily supervised")],
        Sector.PublicSector => [(RegulatoryAlignment, 2, "public bodies need political and regulatory alignment"), (Localization, 1, "public bodies buy locally")],
        Sector.Manufacturing => [(Price, 0.5, "cost-driven operations")],
        _ => [],
    };

    private static string JsonName<TEnum>(TEnum value) where TEnum : struct, Enum => KnownIds.JsonName(value);

    internal static string Describe(WeightAdjustment a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Attribute}={a.Value} moved {a.Criterion} by {a.Points:+0.##;-0.##} points ({a.Reason})");
}
