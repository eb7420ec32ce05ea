using FastEndpoints;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record GetApiKeyRequest
{
    public string TenantId { get; init; } = "";
    public Guid KeyId { get; init; }
}

public sealed class GetApiKey(TenantSessions sessions) : Endpoint<GetApiKeyRequest, ApiKeyResponse>
{
    public override void Configure()
    {
        Get("/v1/admin/tenants/{tenantId}/keys/{keyId}");
        Roles(Role.SystemAdmin, Role.Admin);
        Summary(s =>
        {
            s.Summary = "Reads one API key's details (never the key itself).";
            s.Responses[200] = "The key's details.";
            s.ResponseExamples[200] = ApiKeyResponse.Example;
        });
    }

    public override async Task HandleAsync(GetApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyLookup.FindAsync(sessions, req.TenantId, req.KeyId, ct);
        if (key is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no key '{req.KeyId}' in tenant '{req.TenantId}'."));
            return;
        }
        await Send.OkAsync(ApiKeyResponse.From(key), ct);
    }
}

internal static class ApiKeyLookup
{
    /// A key of a tenant the caller may administer, or null: another tenant's key is as absent as none.
    public static async Task<ApiKeyCredential?> FindAsync(
        TenantSessions sessions, string tenantId, Guid keyId, CancellationToken ct)
    {
        if (!sessions.Caller.CanAdminister(tenantId)) return null;
        await using var session = sessions.QueryRegistry();
        var key = await session.LoadAsync<ApiKeyCredential>(keyId, ct);
        return key?.TenantId == tenantId ? key : null;
    }
}
