using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record ListTenantsRequest
{
    /// <summary>Only the tenants on this database.</summary>
    [QueryParam]
    public string? Database { get; init; }
}

public sealed record TenantListResponse(IReadOnlyList<TenantResponse> Items);

public sealed class ListTenants(TenantSessions sessions, TenantPlacement placement) : Endpoint<ListTenantsRequest, TenantListResponse>
{
    public override void Configure()
    {
        Get("/v1/admin/tenants");
        Roles(Role.SystemAdmin);
        Summary(s =>
        {
            s.Summary = "Lists every tenant, oldest first, with the database that holds it, whichever database that is.";
            s.Description = "System administrator only. Tenants, like API keys, are recorded in the registry database that every node reads.";
            s.Responses[200] = "The tenants.";
            s.ResponseExamples[200] = new TenantListResponse([TenantResponse.Example]);
        });
    }

    public override async Task HandleAsync(ListTenantsRequest req, CancellationToken ct)
    {
        await using var session = sessions.QueryRegistry();
        var tenants = await session.Query<Tenant>().OrderBy(tenant => tenant.CreatedAt).ToListAsync(ct);
        var placed = await placement.AssignmentsAsync(ct);
        var items = tenants
            .Select(tenant => TenantResponse.From(tenant, placed.GetValueOrDefault(tenant.Id)))
            .Where(tenant => req.Database is null || tenant.Database == req.Database)
            .ToList();
        await Send.OkAsync(new TenantListResponse(items), ct);
    }
}
