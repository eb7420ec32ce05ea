using Marten;

namespace VendorAdvisor.Api.Features.Health;

/// Liveness and readiness probes: the data source they check is registered by the storage set-up.
public static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureHealth());
    }

    public static void ConfigureHealth(this StoreOptions options)
    {
        // Stores nothing of its own.
    }
}
