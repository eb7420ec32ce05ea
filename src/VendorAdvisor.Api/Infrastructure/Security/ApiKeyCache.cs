using Marten.Services;
using VendorAdvisor.Api.Infrastructure.Caching;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Infrastructure.Security;

/// API keys by id, so that a request is authenticated without a round trip to PostgreSQL. A revocation is a
/// save of the credential, which notifies every instance (<see cref="CacheInvalidation"/>): the revoking instance
/// rejects the key before its 204 is sent, every other instance as soon as PostgreSQL delivers the commit's
/// notification, and an instance that is not listening does not cache at all.
public sealed class ApiKeyCache(CacheInvalidation cache, TenantRegistry registry)
{

    public async Task<ApiKeyCredential?> FindAsync(Guid keyId, CancellationToken ct)
    {
        var topic = ApiKeyTopics.Topic(keyId);
        if (cache.TryGet<ApiKeyCredential>(topic, out var cached)) return cached;

        var stamp = cache.Stamp;
        // Keys live in the registry database, so that every node knows every tenant's keys.
        await using var session = registry.QuerySession();
        var credential = await session.LoadAsync<ApiKeyCredential>(keyId, ct);
        // Unknown ids are not remembered: anyone can make them up.
        if (credential is not null) cache.Put(topic, credential, stamp);
        return credential;
    }
}

/// A cached key is stale once its credential is saved or deleted (revocation saves it).
public sealed class ApiKeyTopics : ICacheTopics
{
    public static string Topic(Guid keyId) => $"key:{keyId:N}";

    public IEnumerable<string> ChangedBy(IUnitOfWork work) =>
        work.AllChangedFor<ApiKeyCredential>().Select(key => Topic(key.Id))
            .Concat(work.DeletionsFor<ApiKeyCredential>().Select(deletion => Topic((Guid)deletion.Id)));
}
