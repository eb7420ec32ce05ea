using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record ListApiKeysRequest
{
    public string TenantId { get; init; } = "";
}

public sealed record ApiKeyListResponse(IReadOnlyList<ApiKeyResponse> Items);

public sealed class ListApiKeys(TenantSessions sessions) : Endpoint<ListApiKeysRequest, ApiKeyListResponse>
{
    public override void Configure()
    {
        Get("/v1/admin/tenants/{tenantId}/keys");
        Roles(Role.SystemAdmin, Role.Admin);
        Summary(s =>
        {
            s.Summary = "Lists a tenant's API keys, revoked ones included, oldest first; never the keys themselves.";
            s.Responses[200] = "The tenant's keys.";
            s.ResponseExamples[200] = new ApiKeyListResponse([ApiKeyResponse.Example]);
        });
    }

    public override async Task HandleAsync(ListApiKeysRequest req, CancellationToken ct)
    {
        await using var session = sessions.QueryRegistry();
        if (!sessions.Caller.CanAdminister(req.TenantId) || !await Tenant.ExistsAsync(session, req.TenantId, ct))
        {
            await Send.ResultAsync(Problems.NotFound($"There is no tenant '{req.TenantId}'."));
            return;
        }
        var keys = await session.Query<ApiKeyCredential>()
            .Where(key => key.TenantId == req.TenantId)
            .OrderBy(key => key.CreatedAt)
            .ToListAsync(ct);
        await Send.OkAsync(new ApiKeyListResponse([.. keys.Select(ApiKeyResponse.From)]), ct);
    }
}
