using Marten;

namespace VendorAdvisor.Api.Features.Regulation;

/// The regulation catalogue (seeds/regulations.json), published per version at start-up. The areas that use it
/// (profiles, recommendations) depend on this one, never the reverse: the profile's facts and their event live
/// with the profile.
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
    }
}
