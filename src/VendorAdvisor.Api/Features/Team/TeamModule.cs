using Marten;

namespace VendorAdvisor.Api.Features.Team;

/// A team's AHP judgements of a client's criteria and the weights aggregated from them. The judgements are events on
/// the profile's stream, so their type and stored name are the profile's (Profiles/ProfilesModule.cs).
public static class TeamModule
{
    public static IServiceCollection AddTeam(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureTeam());
    }

    public static void ConfigureTeam(this StoreOptions options)
    {
        // Stores nothing of its own: the judgements are on the profile's stream.
    }
}
