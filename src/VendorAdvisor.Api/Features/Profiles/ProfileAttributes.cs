using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Profiles;

/// The attributes of a profile, each optional: the changes an event records, and the fields of a request
/// (ProfileInput adds priorities and constraints).
public record ProfileAttributes
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public Sector? Sector { get; init; }
    public Origin? Origin { get; init; }
    public IReadOnlyList<Region>? Regions { get; init; }
    public IReadOnlyList<CloudProvider>? ExistingClouds { get; init; }
    public IReadOnlyList<DataCategory>? DataCategories { get; init; }
    public bool? CrossBorderTransfer { get; init; }
    public Sensitivity? LatencySensitivity { get; init; }
    public Sensitivity? PriceSensitivity { get; init; }
    public bool? ConsumerPaymentsInChina { get; init; }
    public Sensitivity? GeopoliticalRiskSensitivity { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => this == new ProfileAttributes();

    /// Just the attributes of a request that carries more, its name trimmed.
    public ProfileAttributes AttributesOnly() => new(this) { Name = Name?.Trim() };

    public static ProfileAttributes Of(ClientProfile profile) => new()
    {
        Name = profile.Name,
        Description = profile.Description,
        Sector = profile.Sector,
        Origin = profile.Origin,
        Regions = profile.Regions,
        ExistingClouds = profile.ExistingClouds,
        DataCategories = profile.DataCategories,
        CrossBorderTransfer = profile.CrossBorderTransfer,
        LatencySensitivity = profile.LatencySensitivity,
        PriceSensitivity = profile.PriceSensitivity,
        ConsumerPaymentsInChina = profile.ConsumerPaymentsInChina,
        GeopoliticalRiskSensitivity = profile.GeopoliticalRiskSensitivity,
    };

    /// The attributes of <paramref name="proposed"/> that differ from <paramref name="current"/>.
    public static ProfileAttributes Changed(ClientProfile current, ProfileAttributes proposed) => new()
    {
        Name = Differs(current.Name, proposed.Name),
        Description = Differs(current.Description, proposed.Description),
        Sector = Differs(current.Sector, proposed.Sector),
        Origin = Differs(current.Origin, proposed.Origin),
        Regions = DiffersList(current.Regions, proposed.Regions),
        ExistingClouds = DiffersList(current.ExistingClouds, proposed.ExistingClouds),
        DataCategories = DiffersList(current.DataCategories, proposed.DataCategories),
        CrossBorderTransfer = Differs(current.CrossBorderTransfer, proposed.CrossBorderTransfer),
        LatencySensitivity = Differs(current.LatencySensitivity, proposed.LatencySensitivity),
        PriceSensitivity = Differs(current.PriceSensitivity, proposed.PriceSensitivity),
        ConsumerPaymentsInChina = Differs(current.ConsumerPaymentsInChina, proposed.ConsumerPaymentsInChina),
        GeopoliticalRiskSensitivity = Differs(current.GeopoliticalRiskSensitivity, proposed.GeopoliticalRiskSensitivity),
    };

    public ClientProfile ApplyTo(ClientProfile profile) => profile with
    {
        Name = Name ?? profile.Name,
        Description = Description ?? profile.Description,
        Sector = Sector ?? profile.Sector,
        Origin = Origin ?? profile.Origin,
        Regions = Regions ?? profile.Regions,
        ExistingClouds = ExistingClouds ?? profile.ExistingClouds,
        DataCategories = DataCategories ?? profile.DataCategories,
        CrossBorderTransfer = CrossBorderTransfer ?? profile.CrossBorderTransfer,
        LatencySensitivity = LatencySensitivity ?? profile.LatencySensitivity,
        PriceSensitivity = PriceSensitivity ?? profile.PriceSensitivity,
        ConsumerPaymentsInChina = ConsumerPaymentsInChina ?? profile.ConsumerPaymentsInChina,
        GeopoliticalRiskSensitivity = GeopoliticalRiskSensitivity ?? profile.GeopoliticalRiskSensitivity,
    };

    private static T? Differs<T>(T? current, T? proposed) where T : class =>
        proposed is not null && !Equals(current, proposed) ? proposed : null;

    private static T? Differs<T>(T current, T? proposed) where T : struct =>
        proposed is { } value && !Equals(current, value) ? value : null;

    private static T? Differs<T>(T? current, T? proposed) where T : struct =>
        proposed is { } value && !Equals(current, value) ? value : null;

    private static IReadOnlyList<T>? DiffersList<T>(IReadOnlyList<T> current, IReadOnlyList<T>? proposed) =>
        proposed is not null && !current.SequenceEqual(proposed) ? proposed : null;
}
