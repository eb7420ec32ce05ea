using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Regulation;

/// The regulation catalogue (seeds/regulations.json), published per version at start-up. The areas that use it
/// (profiles, recommendations) depend on this one, never the reverse: the profile's facts and their event live
/// with the profile.
public static class RegulationModule
{
    public static IServiceCollection AddRegulation(this IServiceCollection services)
    {
        services.AddSingleton<SeedRegulations>().AddSingleton<RegulationReader>().AddStartupStorageWork<RegulationPublisher>();
        // Published catalogues belong to no tenant: they live in the registry database, which every node reads.
        return services.ConfigureRegistry(options => options.RegisterDocumentType<PublishedRegulations>());
    }
}
