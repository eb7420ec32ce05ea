using Marten;

namespace VendorAdvisor.Api.Features.Admin;

/// A consultancy. Belongs to no tenant: it is the tenant.
public sealed record Tenant(string Id, string Name, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static async Task<bool> ExistsAsync(IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<Tenant>(tenantId, ct) is not null;
}
