using Marten.Services;
using VendorAdvisor.Api.Infrastructure.Caching;

namespace VendorAdvisor.Api.Features.Catalog;

/// A tenant's cached catalog is stale once its override stream takes an event.
public sealed class CatalogTopics : ICacheTopics
{
    public static string Topic(string tenantId) => $"catalog:{tenantId}";

    public IEnumerable<string> ChangedBy(IUnitOfWork work) =>
        work.Streams()
            .Where(stream => stream.Events.Any(e => e.Data is AssessmentOverridden or AssessmentOverrideRemoved))
            .Select(stream => Topic(stream.TenantId));
}
