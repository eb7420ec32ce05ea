using JasperFx.Events;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Profiles;

/// A client profile as its stream has made it. <see cref="Version"/> is the stream version (Marten sets
/// it) and the ETag; <see cref="ProfileVersion"/> is the version of the last event that changed the client's
/// data, the oldest ETag If-Match still accepts, so that issuing a recommendation does not invalidate a
/// consultant's If-Match (ProfileETag).
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

    // A recommendation changes nothing about the client, so it leaves ProfileVersion alone (the ETag moves).
    public void Apply(RecommendationIssued issued)
    {
        Recommendations++;
        LatestRecommendationId = issued.RecommendationId;
        LatestRecommendationHash = issued.Hash;
    }

    /// A copy to fold the next event into (ProfileDecisions.Evolve): every member is a value or an immutable record.
    public Profile Copy() => (Profile)MemberwiseClone();

    private void Touch(IEvent @event)
    {
        ProfileVersion = @event.Version;
        UpdatedAt = @event.Timestamp;
    }
}
