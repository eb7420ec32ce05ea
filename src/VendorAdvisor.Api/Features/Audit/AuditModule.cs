using Marten;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Audit;

/// The audit feed, its live stream and the chain check read the event table directly; the feed's cursors, its index
/// and the audit horizons (how far a live stream may read, one per tenant database) live here.
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditCursor>().AddSingleton<AuditLog>().AddStartupStorageWork<AuditIndexes>()
            .AddSingleton<AuditHorizons>().AddHostedService(provider => provider.GetRequiredService<AuditHorizons>());
        return services.ConfigureMarten(options => options.ConfigureAudit());
    }

    public static void ConfigureAudit(this StoreOptions options)
    {
        // Stores nothing of its own: it reads the events the other areas append (AuditIndexes adds one index).
        // That index is not Marten's: told so, its schema check leaves it alone, where it used to drop it on every
        // start-up for AuditIndexes to build it again (a full scan of the events each time).
        options.Events.IgnoreIndex(AuditIndexes.Name);
    }
}
