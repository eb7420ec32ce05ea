using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Features.Admin;

/// A key as listed: everything but the secret, which is shown once, when the key is created.
public record ApiKeyResponse
{
    public Guid Id { get; init; }
    public string TenantId { get; init; } = "";
    public string Name { get; init; } = "";
    public KeyRole Role { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevokedBy { get; init; }

    public static ApiKeyResponse From(ApiKeyCredential key) => new()
    {
        Id = key.Id,
        TenantId = key.TenantId,
        Name = key.Name,
        Role = key.Role,
        CreatedAt = key.CreatedAt,
        CreatedBy = key.CreatedBy,
        RevokedAt = key.RevokedAt,
        RevokedBy = key.RevokedBy,
    };

    public static readonly ApiKeyResponse Example = new()
    {
        Id = Guid.Parse("0196f3a2-7c1e-7b4a-9d2f-5e8a1c3b4d6e"),
        TenantId = "acme-consulting",
        Name = "li-wei (consultant)",
        Role = KeyRole.Consultant,
        CreatedAt = DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        CreatedBy = "system-admin",
    };
}

/// <param name="Id">The tenant's id.</param>
/// <param name="Name">The consultancy's display name.</param>
/// <param name="CreatedAt">When the tenant was created.</param>
/// <param name="Database">The id of the PostgreSQL database that holds the tenant's data; shown to the system administrator only.</param>
public sealed record TenantResponse(string Id, string Name, DateTimeOffset CreatedAt, string? Database = null)
{
    public static TenantResponse From(Tenant tenant, string? database = null) => new(tenant.Id, tenant.Name, tenant.CreatedAt, database);

    public static readonly TenantResponse Example =
        new("acme-consulting", "Acme Consulting (Shanghai)", ApiKeyResponse.Example.CreatedAt, "main");
}
