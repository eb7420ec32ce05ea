using Marten;

namespace VendorAdvisor.Api.Features.Portfolio;

/// What a proposed change to the catalog would do to every active profile of the tenant: computed on request from
/// the profiles and the catalog, nothing to register.
public static class PortfolioModule
{
    public static IServiceCollection AddPortfolio(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigurePortfolio());
    }

    public static void ConfigurePortfolio(this StoreOptions options)
    {
        // Stores nothing: an impact assessment is answered, never kept.
    }
}
