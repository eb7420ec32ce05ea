using JasperFx.Events;
using Marten;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Profiles;

// The life of a client profile. Each event holds only what it changes, so the stream reads as a history.
public sealed record ProfileCreated(Guid ProfileId, ClientProfile Profile);

/// Only the attributes that changed are set; the others are null.
public sealed record ProfileAttributesChanged(ProfileAttributes Changes);

public sealed record PrioritiesSet(IReadOnlyDictionary<string, double>? Priorities);

public sealed record ConstraintsSet(ProfileConstraints? Constraints);

public sealed record ProfileArchived(Guid ProfileId);

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

/// A client profile as its stream has made it. <see cref="Version"/> is the stream version (Marten sets
/// it); <see cref="ProfileVersion"/> is the version of the last event that changed the client's data, which
/// serves as the ETag, so that issuing a recommendation does not invalidate a consultant's If-Match.
public sealed class Profile
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public long ProfileVersion { get; set; }
    public ClientProfile Client { get; set; } = null!;
    public bool IsArchived { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Recommendations { get; set; }
    public Guid? LatestRecommendationId { get; set; }

    /// The head of the profile's chain of recommendation hashes.
    public string? LatestRecommendationHash { get; set; }

    public static Profile Create(IEvent<ProfileCreated> created) => new()
    {
        Id = created.Data.ProfileId,
        Client = created.Data.Profile,
        ProfileVersion = created.Version,
        CreatedAt = created.Timestamp,
        UpdatedAt = created.Timestamp,
    };

    public void Apply(IEvent<ProfileAttributesChanged> changed)
    {
        Client = changed.Data.Changes.ApplyTo(Client);
        Touch(changed);
    }

    public void Apply(IEvent<PrioritiesSet> set)
    {
        Client = Client with { Priorities = set.Data.Priorities };
        Touch(set);
    }

    public void Apply(IEvent<RegulatoryFactsChanged> changed)
    {
        Client = Client with { Regulatory = Domain.Regulation.RegulatoryFacts.Merge(Client.Regulatory, changed.Data.Changes) };
        Touch(changed);
    }

    public void Apply(IEvent<ConstraintsSet> set)
    {
        Client = Client with { Constraints = set.Data.Constraints };
        Touch(set);
    }

    public void Apply(IEvent<ProfileArchived> archived)
    {
        IsArchived = true;
        Touch(archived);
    }

    // A recommendation changes nothing about the client, so it leaves ProfileVersion (the ETag) alone.
    public void Apply(RecommendationIssued issued)
    {
        Recommendations++;
        LatestRecommendationId = issued.RecommendationId;
        LatestRecommendationHash = issued.Hash;
    }

    private void Touch(IEvent @event)
    {
        ProfileVersion = @event.Version;
        UpdatedAt = @event.Timestamp;
    }
}

public static class ProfileStorage
{
    public static void ConfigureProfiles(this StoreOptions options)
    {
        options.Projections.Snapshot<Profile>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        options.Schema.For<Profile>().MultiTenanted()
            .Index(profile => profile.Client.Sector)
            .Index(profile => profile.UpdatedAt);
        options.Events.MapEventType<ProfileCreated>("profile_created");
        options.Events.MapEventType<ProfileAttributesChanged>("profile_attributes_changed");
        options.Events.MapEventType<PrioritiesSet>("profile_priorities_set");
        options.Events.MapEventType<ConstraintsSet>("profile_constraints_set");
        options.Events.MapEventType<RegulatoryFactsChanged>("profile_regulatory_facts_changed");
        options.Events.MapEventType<ProfileArchived>("profile_archived");
    }
}
