using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>The project's seeds/regulations.json as copied beside the tests, and a fully known baseline client.</summary>
public static class Regulations
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(TestSupport.Seeds.Directory, "regulations.json")));

    public static string Json => Text.Value;

    public static RegulationCatalog Catalog() => RegulationCatalogJson.Parse(Text.Value);

    public static IReadOnlyList<string> Vendors => KnownIds.Vendors;

    /// <summary>Every fact known and harmless: nothing abroad, no special data, no public site, MLPS level 1.
    /// Tests change one fact at a time from here, so each answer has one cause.</summary>
    public static RegulatoryFacts Baseline { get; } = new()
    {
        PersonalInformationSubjectsPerYear = 0,
        SensitivePersonalInformationSubjectsPerYear = 0,
        CriticalInformationInfrastructureOperator = false,
        ImportantData = false,
        CoreData = false,
        PublicWebsiteInMainland = false,
        CommercialInternetService = false,
        MlpsLevel = 1,
    };

    public static ReadinessReport Evaluate(RegulatoryFacts facts, bool crossBorderTransfer = true) =>
        ReadinessEvaluator.Evaluate(crossBorderTransfer, facts, Vendors, Catalog());
}
