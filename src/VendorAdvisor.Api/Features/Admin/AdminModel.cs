using Marten;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Admin;

/// A consultancy. Belongs to no tenant: it is the tenant.
public sealed record Tenant(string Id, string Name, DateTimeOffset CreatedAt, string CreatedBy);

/// What authentication needs to recognise a key in one lookup by id. Belongs to no tenant, because the
/// tenant is what the key tells us; it carries its tenant instead. Holds the secret's hash, never the key.
public sealed class ApiKeyCredential
{
    public Guid Id { get; init; }
    public string TenantId { get; init; } = "";
    public string Name { get; init; } = "";
    public KeyRole Role { get; init; }
    public byte[] SecretHash { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}

// Administration events live in the tenant's event stream, so that the audit trail shows who created a
// tenant and who issued or revoked each key.
public sealed record TenantRegistered(string TenantId, string Name);

public sealed record ApiKeyIssued(Guid KeyId, string Name, KeyRole Role);

public sealed record ApiKeyRevoked(Guid KeyId);

public static class AdminStorage
{
    public static void ConfigureAdministration(this StoreOptions options)
    {
        options.RegisterDocumentType<Tenant>();
        options.Schema.For<ApiKeyCredential>().Index(key => key.TenantId);

        // Stored names are fixed here so that renaming a record never orphans the events already stored.
        options.Events.MapEventType<TenantRegistered>("tenant_registered");
        options.Events.MapEventType<ApiKeyIssued>("api_key_issued");
        options.Events.MapEventType<ApiKeyRevoked>("api_key_revoked");
    }

    public static async Task<bool> TenantExistsAsync(this IQuerySession session, string tenantId, CancellationToken ct) =>
        await session.LoadAsync<Tenant>(tenantId, ct) is not null;
}

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

public sealed record TenantResponse(string Id, string Name, DateTimeOffset CreatedAt)
{
    public static TenantResponse From(Tenant tenant) => new(tenant.Id, tenant.Name, tenant.CreatedAt);

    public static readonly TenantResponse Example =
        new("acme-consulting", "Acme Consulting (Shanghai)", ApiKeyResponse.Example.CreatedAt);
}
