using JasperFx.Events.Projections;
using Marten;

namespace VendorAdvisor.Api.Features.Profiles;

/// Client profiles: one event stream each (recommendations are issued and team judgements recorded on it too), and
/// the inline snapshot read back at once.
public static class ProfilesModule
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureProfiles());
    }

    public static void ConfigureProfiles(this StoreOptions options)
    {
        options.Projections.Snapshot<Profile>(SnapshotLifecycle.Inline);
        options.Schema.For<Profile>().MultiTenanted()
            .Index(profile => profile.Client.Sector)
            .Index(profile => profile.UpdatedAt);
        options.Events.MapEventType<ProfileCreated>("profile_created");
        options.Events.MapEventType<ProfileAttributesChanged>("profile_attributes_changed");
        options.Events.MapEventType<PrioritiesSet>("profile_priorities_set");
        options.Events.MapEventType<ConstraintsSet>("profile_constraints_set");
        options.Events.MapEventType<ProfileArchived>("profile_archived");
        options.Events.MapEventType<RegulatoryFactsChanged>("profile_regulatory_facts_changed");
        options.Events.MapEventType<TeamJudgmentRecorded>("profile_team_judgment_recorded");
        options.Events.MapEventType<RecommendationIssued>("recommendation_issued");
    }
}
