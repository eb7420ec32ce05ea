using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed record GetCatalogRequest
{
    /// <summary>A past version, as recommendations record it (e.g. 2025.1-r2); empty for the current one.</summary>
    [QueryParam]
    public string? Version { get; init; }
}

public sealed class GetCatalog(IQuerySession session, CatalogReader catalogs) : Endpoint<GetCatalogRequest, CatalogResponse>
{
    public override void Configure()
    {
        Get("/v1/catalog");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Reads the tenant's catalog, now or at a past version: criteria, vendors, every assessment with its sources, overrides marked.";
            s.Description = "The version reads `{published}-r{revision}`: the catalog published from seeds/ and the revision of this tenant's overrides. Recommendations record it.";
            s.Responses[200] = "The catalog.";
            s.ResponseExamples[200] = CatalogResponse.Example;
        });
    }

    public override async Task HandleAsync(GetCatalogRequest req, CancellationToken ct)
    {
        var view = string.IsNullOrWhiteSpace(req.Version)
            ? await catalogs.CurrentAsync(session, ct)
            : await catalogs.AtAsync(session, req.Version, ct);
        if (view is null)
        {
            await Send.ResultAsync(Problems.NotFound($"This tenant never had catalog version '{req.Version}'."));
            return;
        }
        await Send.OkAsync(CatalogResponse.From(view), ct);
    }
}
