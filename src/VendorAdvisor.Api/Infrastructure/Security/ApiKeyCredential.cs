namespace VendorAdvisor.Api.Infrastructure.Security;

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
