using Marten;

namespace VendorAdvisor.Api.Features.Reports;

/// The printable HTML report of a stored recommendation: rendered on request from the recommendation and the catalog,
/// nothing to register.
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureReports());
    }

    public static void ConfigureReports(this StoreOptions options)
    {
        // Stores nothing: a report is rendered from the stored recommendation each time.
    }
}
