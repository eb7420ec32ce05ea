using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Admin;

// Administration events live in the tenant's event stream, so that the audit trail shows who created a
// tenant and who issued or revoked each key.
public sealed record TenantRegistered(string TenantId, string Name);

public sealed record ApiKeyIssued(Guid KeyId, string Name, KeyRole Role);

public sealed record ApiKeyRevoked(Guid KeyId);
