using Marten;

namespace VendorAdvisor.Api.Features.Analyses;

/// The engine on a caller's own decision matrix: stateless, so there is nothing to register yet.
public static class AnalysesModule
{
    public static IServiceCollection AddAnalyses(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureAnalyses());
    }

    public static void ConfigureAnalyses(this StoreOptions options)
    {
        // Stores nothing: analyses are computed and answered, never kept.
    }
}
