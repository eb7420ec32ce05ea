namespace VendorAdvisor.Domain.Profiles;

public enum Sector
{
    Gaming,
    SocialCommerce,
    Retail,
    Travel,
    Automotive,
    Pharmaceuticals,
    Logistics,
    Ai,
    Finance,
    Manufacturing,
    PublicSector,
    Other,
}

public enum Origin
{
    Domestic,
    Multinational,
}

public enum Region
{
    MainlandChina,
    HongKong,
    Global,
}

public enum CloudProvider
{
    Aws,
    Azure,
    Gcp,
    AlibabaCloud,
    HuaweiCloud,
    TencentCloud,
}

public enum DataCategory
{
    PersonalInformation,
    ImportantData,
    CoreData,
}

public enum Sensitivity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>Hard limits: vendors the client will not use, and the least score it accepts on a criterion.</summary>
public sealed record ProfileConstraints
{
    public IReadOnlyList<string> ExcludedVendors { get; init; } = [];

    public IReadOnlyDictionary<string, double> MinimumScores { get; init; } = new Dictionary<string, double>();
}

/// <summary>
/// The client as it is, not the answer it should get: the same JSON shape in the API, seeds/profiles and http/.
/// Enum values are kebab-case strings (see <see cref="DomainJson.Options"/>).
/// </summary>
public sealed record ClientProfile
{
    public required string Name { get; init; }

    /// <summary>Free text for people; the engine never reads it.</summary>
    public string? Description { get; init; }

    public required Sector Sector { get; init; }

    public required Origin Origin { get; init; }

    public IReadOnlyList<Region> Regions { get; init; } = [];

    public IReadOnlyList<CloudProvider> ExistingClouds { get; init; } = [];

    public IReadOnlyList<DataCategory> DataCategories { get; init; } = [];

    public bool CrossBorderTransfer { get; init; }

    public Sensitivity LatencySensitivity { get; init; } = Sensitivity.Medium;

    public Sensitivity PriceSensitivity { get; init; } = Sensitivity.Medium;

    public bool ConsumerPaymentsInChina { get; init; }

    /// <summary>Optional: how much the client worries about geopolitical exposure of its stack (absent = not assessed).</summary>
    public Sensitivity? GeopoliticalRiskSensitivity { get; init; }

    /// <summary>Optional consultant priorities, 0..5 per criterion id; they replace the derived points of the criteria they name.</summary>
    public IReadOnlyDictionary<string, double>? Priorities { get; init; }

    public ProfileConstraints? Constraints { get; init; }

    /// <summary>Optional facts of the client's regulatory position (absent or null fields = unknown); readiness reads them.</summary>
    public Regulation.RegulatoryFacts? Regulatory { get; init; }
}
