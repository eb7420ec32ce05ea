namespace VendorAdvisor.Api.Features.Profiles;

/// Why a decision about a profile was refused. A small closed set (the constructor is private, so the cases below are
/// all there is): ProfileProblems turns each into the one problem details the API answers for it.
public abstract record ProfileRefusal
{
    private ProfileRefusal()
    {
    }

    /// No such profile for the caller's tenant (another tenant's is not found either). AtVersionOrMoment: it was
    /// asked for as it was at a version or a moment, and did not exist then.
    public sealed record NotFound(Guid ProfileId, bool AtVersionOrMoment = false) : ProfileRefusal;

    /// The profile is archived: readable, but it takes none of what was asked.
    public sealed record Archived(ArchivedRefuses Refused) : ProfileRefusal;

    /// The If-Match names another version than the profile's current one.
    public sealed record Stale(long CurrentVersion) : ProfileRefusal;

    /// A change was sent without If-Match.
    public sealed record PreconditionRequired : ProfileRefusal;

    /// The team's weights were asked for before anyone judged the profile.
    public sealed record NoTeamJudgments : ProfileRefusal;
}

/// What an archived profile refused, which its answer names.
public enum ArchivedRefuses
{
    Change,
    Recommendation,
    Judgement,
}
