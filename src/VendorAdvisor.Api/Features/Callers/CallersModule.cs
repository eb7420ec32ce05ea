using Marten;

namespace VendorAdvisor.Api.Features.Callers;

/// Who the caller is, as authentication resolved it: nothing to register yet.
public static class CallersModule
{
    public static IServiceCollection AddCallers(this IServiceCollection services)
    {
        return services.ConfigureMarten(options => options.ConfigureCallers());
    }

    public static void ConfigureCallers(this StoreOptions options)
    {
        // Stores nothing of its own.
    }
}
