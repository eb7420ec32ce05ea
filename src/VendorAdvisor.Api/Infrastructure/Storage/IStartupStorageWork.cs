namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Work a feature does in the databases at start-up once <see cref="SchemaMigrations"/> has brought their schema
/// up to date: publishing the seed catalogs, an index Marten does not own. It runs in the migrations' early start,
/// every piece at once, and the host waits for it before it listens. Each piece must be harmless to repeat and
/// to run on several nodes at once.
public interface IStartupStorageWork
{
    Task RunAsync(CancellationToken ct);
}

public static class StartupStorageWorkSetup
{
    public static IServiceCollection AddStartupStorageWork<TWork>(this IServiceCollection services) where TWork : class, IStartupStorageWork =>
        services.AddSingleton<IStartupStorageWork, TWork>();
}
