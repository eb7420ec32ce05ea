using FastEndpoints;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record GetTenantRequest
{
    public string TenantId { get; init; } = "";
}

public sealed class GetTenant(TenantSessions sessions, TenantPlacement placement) : Endpoint<GetTenantRequest, TenantResponse>
{
    public override void Configure()
    {
        Get("/v1/admin/tenants/{tenantId}");
        Roles(Role.SystemAdmin, Role.Admin);
        Summary(s =>
        {
            s.Summary = "Reads a tenant.";
            s.Description = "The system administrator reads any tenant, with the database that holds it; a tenant admin only its own " +
                "(any other id answers 404).";
            s.Responses[200] = "The tenant.";
            s.ResponseExamples[200] = TenantResponse.Example;
        });
    }

    public override async Task HandleAsync(GetTenantRequest req, CancellationToken ct)
    {
        await using var session = sessions.QueryRegistry();
        var tenant = sessions.Caller.CanAdminister(req.TenantId) ? await session.LoadAsync<Tenant>(req.TenantId, ct) : null;
        if (tenant is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no tenant '{req.TenantId}'."));
            return;
        }
        var database = sessions.Caller.IsSystemAdmin ? await placement.DatabaseOfAsync(tenant.Id, ct) : null;
        await Send.OkAsync(TenantResponse.From(tenant, database), ct);
    }
}
