using Marten;

namespace VendorAdvisor.Api.Features.Recommendations;

/// Recommendations: the document that finds an issued recommendation's event by id (the event is on the profile's stream).
public static class RecommendationsModule
{
    public static IServiceCollection AddRecommendations(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureRecommendations());
    }

    public static void ConfigureRecommendations(this StoreOptions options)
    {
        options.Schema.For<RecommendationView>().MultiTenanted().Index(view => view.ProfileId);
    }
}
