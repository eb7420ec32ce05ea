using System.Security.Claims;

namespace VendorAdvisor.Api.Infrastructure.Security;

/// Who is calling, as established by the API key. The only place a request's tenant comes from.
public sealed record Caller(string? TenantId, string Actor, string Role, Guid? KeyId)
{
    public const string TenantClaim = "va:tenant";
    public const string KeyIdClaim = "va:key";

    public bool IsSystemAdmin => Role == Infrastructure.Role.SystemAdmin;

    /// The system administrator manages every tenant; a tenant admin only its own. Anyone else is
    /// told the tenant does not exist (404), so that tenants cannot be discovered by probing.
    public bool CanAdminister(string tenantId) =>
        IsSystemAdmin || (Role == Infrastructure.Role.Admin && TenantId == tenantId);

    public string RequireTenant() =>
        TenantId ?? throw new InvalidOperationException("This operation needs a tenant key; the caller has none.");

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Actor), new(ClaimTypes.Role, Role) };
        if (TenantId is not null) claims.Add(new Claim(TenantClaim, TenantId));
        if (KeyId is { } id) claims.Add(new Claim(KeyIdClaim, id.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Caller FromPrincipal(ClaimsPrincipal user) => new(
        user.FindFirstValue(TenantClaim),
        user.FindFirstValue(ClaimTypes.Name) ?? "anonymous",
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        Guid.TryParse(user.FindFirstValue(KeyIdClaim), out var id) ? id : null);
}
