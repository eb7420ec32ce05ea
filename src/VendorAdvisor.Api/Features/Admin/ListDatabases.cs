using FastEndpoints;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

/// A database tenants can be placed on.
/// <param name="Id">The id to name in POST /v1/admin/tenants.</param>
/// <param name="Tenants">How many tenants it holds; new tenants go to the database with the fewest.</param>
/// <param name="Full">Whether it is closed to new tenants.</param>
public sealed record DatabaseResponse(string Id, int Tenants, bool Full);

public sealed record DatabaseListResponse(IReadOnlyList<DatabaseResponse> Items);

public sealed class ListDatabases(TenantPlacement placement) : EndpointWithoutRequest<DatabaseListResponse>
{
    public override void Configure()
    {
        Get("/v1/admin/databases");
        Roles(Role.SystemAdmin);
        Summary(s =>
        {
            s.Summary = "Lists the PostgreSQL databases tenants are placed on, with how many tenants each holds.";
            s.Description = "System administrator only. Connection strings are never shown.";
            s.Responses[200] = "The databases.";
            s.ResponseExamples[200] = new DatabaseListResponse([new DatabaseResponse("main", 12, false), new DatabaseResponse("second", 11, false)]);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var databases = await placement.DatabasesAsync(ct);
        await Send.OkAsync(new DatabaseListResponse([.. databases.Select(database =>
            new DatabaseResponse(database.DatabaseId, database.TenantCount, database.IsFull))]), ct);
    }
}
