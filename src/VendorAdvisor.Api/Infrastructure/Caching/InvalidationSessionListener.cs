using Marten;
using Marten.Services;

namespace VendorAdvisor.Api.Infrastructure.Caching;

/// Names the cache topics a unit of work changes; each area that caches registers one.
public interface ICacheTopics
{
    IEnumerable<string> ChangedBy(IUnitOfWork work);
}

/// Makes every save that changes cached data tell every instance, in the same transaction as the change: a
/// rolled-back save notifies no one, a committed one everyone. The saving instance forgets right after its
/// commit, before it answers, so its own next request never sees the old value.
public sealed class InvalidationSessionListener(CacheInvalidation invalidation, IEnumerable<ICacheTopics> sources) : DocumentSessionListenerBase
{
    private readonly ICacheTopics[] sources = [.. sources];

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var topic in Topics(session.PendingChanges))
        {
            session.QueueSqlCommand("select pg_notify(?, ?)", CacheInvalidation.Channel, topic);
        }
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var topic in Topics(session.PendingChanges))
        {
            invalidation.Invalidate(topic);
        }
        return Task.CompletedTask;
    }

    private HashSet<string> Topics(IUnitOfWork work) => [.. sources.SelectMany(source => source.ChangedBy(work))];
}

internal sealed class CacheInvalidationStoreConfiguration(InvalidationSessionListener listener) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(listener);
}

public static class CachingSetup
{
    /// After AddStorage: the listener uses the same PostgreSQL database as the store's default.
    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(Storage.MartenSetup.ConnectionStringName) ?? "";
        // The registry database (keys) and every tenant database (catalogs): each notifies its own listeners.
        var databases = Storage.TenantDatabases.From(configuration, connectionString).All.Values.Prepend(connectionString)
            .Select(Storage.ConnectionTuning.ForListener).Distinct(StringComparer.Ordinal).ToList();
        services.AddSingleton(provider => new CacheInvalidation(databases, provider.GetRequiredService<ILogger<CacheInvalidation>>()));
        services.AddHostedService(provider => provider.GetRequiredService<CacheInvalidation>());
        services.AddSingleton<InvalidationSessionListener>();
        services.AddSingleton<IConfigureMarten, CacheInvalidationStoreConfiguration>();
        return services;
    }
}
