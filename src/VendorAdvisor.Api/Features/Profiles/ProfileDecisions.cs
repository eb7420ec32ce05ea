using JasperFx.Events;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Profiles;

/// The decisions about a profile's stream as pure functions: Decide(state, command) answers the events to append or
/// the refusal, Evolve(state, event) folds an event into the state. Endpoints load, decide, append and answer; the
/// refusals are written here once (in the order a client meets them) and answered in ProfileProblems.
public static class ProfileDecisions
{
    public static ProfileDecision Decide(Profile? state, ProfileCommand command) => command switch
    {
        ProfileCommand.Create create => Create(create),
        ProfileCommand.Change change => Change(state, change),
        ProfileCommand.Archive archive => Archive(state, archive),
        ProfileCommand.IssueRecommendation issue => Issue(state, issue),
        ProfileCommand.RecordJudgment judgment => Judge(state, judgment),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "A command without a decision."),
    };

    /// The state after an event: a new Profile, the one given left as it was. Uses the same Apply methods as Marten's
    /// inline snapshot, so the two folds cannot drift apart. Events that change nothing about the profile (a team
    /// judgement) leave the state as it was, apart from its stream version.
    public static Profile? Evolve(Profile? state, IEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is IEvent<ProfileCreated> created)
        {
            var profile = Profile.Create(created);
            profile.Version = created.Version;
            return profile;
        }
        if (state is null) return null;

        var next = state.Copy();
        switch (@event)
        {
            case IEvent<ProfileAttributesChanged> e: next.Apply(e); break;
            case IEvent<PrioritiesSet> e: next.Apply(e); break;
            case IEvent<ConstraintsSet> e: next.Apply(e); break;
            case IEvent<RegulatoryFactsChanged> e: next.Apply(e); break;
            case IEvent<ProfileArchived> e: next.Apply(e); break;
            case IEvent<RecommendationIssued> e: next.Apply(e.Data); break;
        }
        next.Version = @event.Version;
        return next;
    }

    private static ProfileDecision Create(ProfileCommand.Create create)
    {
        // Priorities and constraints get events of their own from the start, as later changes do.
        var events = new List<object> { new ProfileCreated(create.Id, create.Client with { Priorities = null, Constraints = null }) };
        if (create.Client.Priorities is { } priorities) events.Add(new PrioritiesSet(priorities));
        if (create.Client.Constraints is { } constraints) events.Add(new ConstraintsSet(constraints));
        return ProfileDecision.Accept([.. events]);
    }

    private static ProfileDecision Change(Profile? state, ProfileCommand.Change change)
    {
        if (string.IsNullOrWhiteSpace(change.IfMatch)) return ProfileDecision.Refuse(new ProfileRefusal.PreconditionRequired());
        if (state is null) return ProfileDecision.Refuse(new ProfileRefusal.NotFound(change.Id));
        if (!ProfileETag.Matches(change.IfMatch, state)) return ProfileDecision.Refuse(new ProfileRefusal.Stale(state.Version));
        if (state.IsArchived) return ProfileDecision.Refuse(new ProfileRefusal.Archived(ArchivedRefuses.Change));

        // One event per kind of change, holding only what changed; a change that says what the profile says records nothing.
        var client = state.Client;
        var events = new List<object>();
        var attributes = ProfileAttributes.Changed(client, change.Attributes);
        if (!attributes.IsEmpty) events.Add(new ProfileAttributesChanged(attributes));
        if (change.Priorities is { } priorities && !ProfileEquivalence.SamePriorities(priorities, client.Priorities))
        {
            events.Add(new PrioritiesSet(priorities.Count == 0 ? null : priorities));
        }
        if (change.Constraints is { } constraints && !ProfileEquivalence.SameConstraints(constraints, client.Constraints))
        {
            events.Add(new ConstraintsSet(ProfileEquivalence.NoConstraints(constraints) ? null : constraints));
        }
        if (change.Regulatory is { } facts && RegulatoryFacts.Changed(client.Regulatory, facts) is { IsEmpty: false } factChanges)
        {
            events.Add(new RegulatoryFactsChanged(factChanges));
        }
        return ProfileDecision.Accept([.. events]);
    }

    private static ProfileDecision Archive(Profile? state, ProfileCommand.Archive archive)
    {
        if (state is null) return ProfileDecision.Refuse(new ProfileRefusal.NotFound(archive.Id));
        if (archive.IfMatch is { Length: > 0 } ifMatch && !ProfileETag.Matches(ifMatch, state))
        {
            return ProfileDecision.Refuse(new ProfileRefusal.Stale(state.Version));
        }
        // Archiving an archived profile changes nothing.
        return state.IsArchived ? ProfileDecision.Accept() : ProfileDecision.Accept(new ProfileArchived(state.Id));
    }

    private static ProfileDecision Issue(Profile? state, ProfileCommand.IssueRecommendation issue)
    {
        if (state is null) return ProfileDecision.Refuse(new ProfileRefusal.NotFound(issue.Id));
        if (state.IsArchived) return ProfileDecision.Refuse(new ProfileRefusal.Archived(ArchivedRefuses.Recommendation));
        if (issue.Options is not { } options) return ProfileDecision.Refuse(new ProfileRefusal.NoTeamJudgments());

        var result = RegulatedAdvisor.Recommend(state.Client, issue.Catalog, issue.Regulations, options.ToAnalysis());
        // Chained to the profile's previous recommendation, so that altering any stored one breaks the chain.
        return ProfileDecision.Accept(new RecommendationIssued(issue.RecommendationId, state.Id, state.ProfileVersion, state.Client,
            issue.CatalogVersion, options, result, issue.IssuedAt, issue.IssuedBy, state.LatestRecommendationHash).Sealed());
    }

    private static ProfileDecision Judge(Profile? state, ProfileCommand.RecordJudgment judgment)
    {
        if (state is null) return ProfileDecision.Refuse(new ProfileRefusal.NotFound(judgment.Id));
        if (state.IsArchived) return ProfileDecision.Refuse(new ProfileRefusal.Archived(ArchivedRefuses.Judgement));
        return ProfileDecision.Accept(new TeamJudgmentRecorded(state.Id, judgment.Member, judgment.Matrix));
    }
}
