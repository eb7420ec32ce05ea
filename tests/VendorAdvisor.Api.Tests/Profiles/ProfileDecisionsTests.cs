using JasperFx.Events;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Tests.Profiles;

/// The profile decider on its own: given the events so far, when a command arrives, then these events or this
/// refusal. No host, no PostgreSQL.
public sealed class ProfileDecisionsTests
{
    private static readonly Guid Id = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly ClientProfile Client = new()
    {
        Name = "Shanghai studio",
        Sector = Sector.Gaming,
        Origin = Origin.Domestic,
        Regions = [Region.MainlandChina],
        PriceSensitivity = Sensitivity.High,
    };

    private static readonly Dictionary<string, double> Priorities = new(StringComparer.Ordinal) { ["price"] = 4, ["latency"] = 3 };

    private static readonly ProfileConstraints Constraints = new() { ExcludedVendors = ["aws-china", "huawei-cloud"] };

    private static readonly Lazy<VendorCatalog> Catalog = new(() =>
        CatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "catalog.json"))));

    /// The state after these events, folded with Evolve as Marten's snapshot folds them (versions 1, 2, ...).
    private static Profile? Given(params object[] events)
    {
        Profile? state = null;
        var version = 0L;
        foreach (var data in events)
        {
            state = ProfileDecisions.Evolve(state, Stored(data, ++version));
        }
        return state;
    }

    /// An event as the store hands it back: its data, its version in the stream, when it was appended.
    private static IEvent Stored(object data, long version)
    {
        var stored = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        stored.Version = version;
        stored.Timestamp = Now.AddMinutes(version);
        return stored;
    }

    private static void ShouldBeNothing(ProfileDecision decision)
    {
        decision.Refusal.ShouldBeNull();
        decision.Events.ShouldBeEmpty();
    }

    private static object[] Created() => [new ProfileCreated(Id, Client), new PrioritiesSet(Priorities), new ConstraintsSet(Constraints)];

    private static ProfileCommand.Change Change(string? ifMatch, ProfileAttributes? attributes = null,
        IReadOnlyDictionary<string, double>? priorities = null, ProfileConstraints? constraints = null) =>
        new(Id, ifMatch, attributes ?? new ProfileAttributes(), priorities, constraints, null);

    private static ProfileCommand.IssueRecommendation Issue(RecommendationOptions? options) =>
        new(Id, Guid.CreateVersion7(), options, "2025.1-r0", Catalog.Value, null, Now, "li-wei (consultant)");

    private static readonly RecommendationOptions Quick = new(McdaMethod.WeightedSum, null, null, 0, 42);

    private static RecommendationIssued Issued(Profile state) =>
        ProfileDecisions.Decide(state, Issue(Quick)).Only<RecommendationIssued>();

    [Fact]
    public void Create_records_the_client_then_its_priorities_and_its_constraints_each_in_an_event_of_its_own()
    {
        var decision = ProfileDecisions.Decide(null, new ProfileCommand.Create(Id, Client with { Priorities = Priorities, Constraints = Constraints }));

        decision.Refusal.ShouldBeNull();
        decision.Events.Count.ShouldBe(3);
        decision.Events[0].ShouldBe(new ProfileCreated(Id, Client));
        decision.Events[1].ShouldBe(new PrioritiesSet(Priorities));
        decision.Events[2].ShouldBe(new ConstraintsSet(Constraints));
    }

    [Fact]
    public void Create_without_priorities_or_constraints_records_the_client_alone()
    {
        var decision = ProfileDecisions.Decide(null, new ProfileCommand.Create(Id, Client));

        decision.Events.ShouldBe(new object[] { new ProfileCreated(Id, Client) });
    }

    [Fact]
    public void Change_without_If_Match_is_refused_before_the_profile_is_even_looked_at()
    {
        ProfileDecisions.Decide(null, Change(null)).Refusal.ShouldBe(new ProfileRefusal.PreconditionRequired());
        ProfileDecisions.Decide(Given(Created()), Change(" ")).Refusal.ShouldBe(new ProfileRefusal.PreconditionRequired());
    }

    [Fact]
    public void Change_of_a_profile_that_is_not_there_is_not_found()
    {
        ProfileDecisions.Decide(null, Change("\"1\"")).Refusal.ShouldBe(new ProfileRefusal.NotFound(Id));
    }

    [Fact]
    public void Change_passes_on_any_ETag_since_the_last_change_to_the_client_and_a_stale_one_is_told_the_current_ETag()
    {
        var state = Given(Created())!;
        var recommended = Given([.. Created(), Issued(state)])!;

        recommended.Version.ShouldBe(4);
        recommended.ProfileVersion.ShouldBe(3, "a recommendation changes nothing about the client");
        var decision = ProfileDecisions.Decide(recommended, Change("\"2\"", new ProfileAttributes { Name = "Renamed" }));
        decision.Refusal.ShouldBe(new ProfileRefusal.Stale(4), "the ETag a GET answers now");
        decision.Events.ShouldBeEmpty();
        ProfileDecisions.Decide(recommended, Change("W/\"3\"", new ProfileAttributes { Name = "Renamed" })).Refusal.ShouldBeNull();
        ProfileDecisions.Decide(recommended, Change("\"4\"", new ProfileAttributes { Name = "Renamed" })).Refusal.ShouldBeNull();
        ProfileDecisions.Decide(recommended, Change("\"5\"", new ProfileAttributes { Name = "Renamed" })).Refusal.ShouldBe(new ProfileRefusal.Stale(4));
    }

    [Fact]
    public void Change_of_an_archived_profile_is_refused_and_a_stale_ETag_is_answered_first()
    {
        var archived = Given([.. Created(), new ProfileArchived(Id)])!;

        ProfileDecisions.Decide(archived, Change("\"4\"")).Refusal.ShouldBe(new ProfileRefusal.Archived(ArchivedRefuses.Change));
        ProfileDecisions.Decide(archived, Change("\"3\"")).Refusal.ShouldBe(new ProfileRefusal.Stale(4));
    }

    [Fact]
    public void Change_records_only_what_changed_one_event_per_kind()
    {
        var state = Given(Created())!;
        var decision = ProfileDecisions.Decide(state, Change("*",
            new ProfileAttributes { Name = "Renamed", Sector = Sector.Gaming, PriceSensitivity = Sensitivity.High },
            new Dictionary<string, double>(StringComparer.Ordinal) { ["latency"] = 3, ["price"] = 4 },
            new ProfileConstraints { ExcludedVendors = ["huawei-cloud", "aws-china"] }));

        decision.Refusal.ShouldBeNull();
        decision.Events.ShouldBe(new object[] { new ProfileAttributesChanged(new ProfileAttributes { Name = "Renamed" }) });
    }

    [Fact]
    public void Change_that_says_what_the_profile_says_records_nothing()
    {
        var state = Given(Created())!;

        ShouldBeNothing(ProfileDecisions.Decide(state, Change("\"3\"", new ProfileAttributes { Name = Client.Name }, Priorities, Constraints)));
        ProfileDecisions.Decide(state, Change("\"3\"")).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Empty_priorities_and_constraints_clear_them()
    {
        var state = Given(Created())!;
        var decision = ProfileDecisions.Decide(state, Change("\"3\"", null, new Dictionary<string, double>(), new ProfileConstraints()));

        decision.Events.ShouldBe(new object[] { new PrioritiesSet(null), new ConstraintsSet(null) });
        var cleared = Given([.. Created(), .. decision.Events])!;
        cleared.Client.Priorities.ShouldBeNull();
        cleared.Client.Constraints.ShouldBeNull();
        cleared.ProfileVersion.ShouldBe(5);
        ProfileDecisions.Decide(cleared, Change("\"5\"", null, new Dictionary<string, double>(), new ProfileConstraints())).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Archive_archives_once_and_honours_an_If_Match_when_one_is_given()
    {
        var state = Given(Created())!;

        ProfileDecisions.Decide(null, new ProfileCommand.Archive(Id, null)).Refusal.ShouldBe(new ProfileRefusal.NotFound(Id));
        ProfileDecisions.Decide(state, new ProfileCommand.Archive(Id, "\"1\"")).Refusal.ShouldBe(new ProfileRefusal.Stale(3));
        ProfileDecisions.Decide(state, new ProfileCommand.Archive(Id, null)).Events.ShouldBe(new object[] { new ProfileArchived(Id) });
        ProfileDecisions.Decide(state, new ProfileCommand.Archive(Id, "\"3\"")).Events.ShouldBe(new object[] { new ProfileArchived(Id) });
        var archived = Given([.. Created(), new ProfileArchived(Id)])!;
        archived.IsArchived.ShouldBeTrue();
        ShouldBeNothing(ProfileDecisions.Decide(archived, new ProfileCommand.Archive(Id, null)));
    }

    [Fact]
    public void A_recommendation_scores_the_current_client_and_chains_its_hash_to_the_previous_one()
    {
        var state = Given(Created())!;
        var first = Issued(state);
        var second = Issued(Given([.. Created(), first])!);

        first.ProfileId.ShouldBe(Id);
        first.ProfileVersion.ShouldBe(3);
        first.Profile.ShouldBe(state.Client);
        first.Result.Ranking.ShouldNotContain(r => r.Vendor == "aws-china", "the constraints exclude it");
        first.PreviousHash.ShouldBeNull();
        first.Hash.ShouldBe(first.ComputeHash());
        second.PreviousHash.ShouldBe(first.Hash);
        second.Hash.ShouldNotBe(first.Hash);
    }

    [Fact]
    public void A_recommendation_is_refused_for_a_missing_or_archived_profile_and_without_team_judgements()
    {
        ProfileDecisions.Decide(null, Issue(Quick)).Refusal.ShouldBe(new ProfileRefusal.NotFound(Id));
        var archived = Given([.. Created(), new ProfileArchived(Id)]);
        ProfileDecisions.Decide(archived, Issue(Quick)).Refusal.ShouldBe(new ProfileRefusal.Archived(ArchivedRefuses.Recommendation));
        ProfileDecisions.Decide(archived, Issue(null)).Refusal.ShouldBe(new ProfileRefusal.Archived(ArchivedRefuses.Recommendation));
        ProfileDecisions.Decide(Given(Created()), Issue(null)).Refusal.ShouldBe(new ProfileRefusal.NoTeamJudgments());
    }

    [Fact]
    public void A_judgement_is_recorded_for_a_profile_that_takes_them()
    {
        IReadOnlyList<IReadOnlyList<double>> matrix = [[1, 2], [0.5, 1]];
        var judge = new ProfileCommand.RecordJudgment(Id, "li-wei (consultant)", matrix);

        ProfileDecisions.Decide(null, judge).Refusal.ShouldBe(new ProfileRefusal.NotFound(Id));
        ProfileDecisions.Decide(Given([.. Created(), new ProfileArchived(Id)]), judge).Refusal.ShouldBe(new ProfileRefusal.Archived(ArchivedRefuses.Judgement));
        ProfileDecisions.Decide(Given(Created()), judge).Only<TeamJudgmentRecorded>().ShouldBe(new TeamJudgmentRecorded(Id, "li-wei (consultant)", matrix));
    }

    [Fact]
    public void Evolve_leaves_the_state_it_was_given_as_it_was()
    {
        var state = Given(Created())!;
        var archived = ProfileDecisions.Evolve(state, Stored(new ProfileArchived(Id), 4))!;
        var renamed = ProfileDecisions.Evolve(state, Stored(new ProfileAttributesChanged(new ProfileAttributes { Name = "Renamed" }), 4))!;

        archived.IsArchived.ShouldBeTrue();
        archived.ProfileVersion.ShouldBe(4);
        renamed.Client.Name.ShouldBe("Renamed");
        state.IsArchived.ShouldBeFalse();
        state.Client.Name.ShouldBe(Client.Name);
        state.Version.ShouldBe(3);
        state.ProfileVersion.ShouldBe(3);
        state.Client.Priorities.ShouldBe(Priorities);
        state.Client.Constraints.ShouldBe(Constraints);
        state.UpdatedAt.ShouldBe(Now.AddMinutes(3));
        state.CreatedAt.ShouldBe(Now.AddMinutes(1));
    }
}
