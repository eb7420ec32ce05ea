using Marten;
using VendorAdvisor.Api.Features.Profiles;

namespace VendorAdvisor.Api.Features.Regulation;

/// The regulation catalogue (seeds/regulations.json), published per version at start-up, and the profile event that
/// records a change of the client's regulatory facts.
public static class RegulationModule
{
    public static IServiceCollection AddRegulation(this IServiceCollection services)
    {
        services.AddSingleton<SeedRegulations>().AddSingleton<RegulationReader>().AddHostedService<RegulationPublisher>();
        return services.ConfigureMarten(options => options.ConfigureRegulation());
    }

    public static void ConfigureRegulation(this StoreOptions options)
    {
        options.RegisterDocumentType<PublishedRegulations>();
        options.Events.MapEventType<RegulatoryFactsChanged>("profile_regulatory_facts_changed");
    }
}
