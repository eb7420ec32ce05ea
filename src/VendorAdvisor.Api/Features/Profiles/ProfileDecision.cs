namespace VendorAdvisor.Api.Features.Profiles;

/// The outcome of a decision about a profile: the events to append (none when nothing changes), or why not.
public sealed record ProfileDecision(IReadOnlyList<object> Events, ProfileRefusal? Refusal)
{
    public static ProfileDecision Accept(params object[] events) => new(events, null);

    public static ProfileDecision Refuse(ProfileRefusal refusal) => new([], refusal);

    /// The one event of a decision that makes exactly one of this type.
    public T Only<T>() => Events.OfType<T>().Single();
}
