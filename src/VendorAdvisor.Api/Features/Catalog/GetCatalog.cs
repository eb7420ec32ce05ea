using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed class GetCatalog(IQuerySession session, CatalogReader catalogs) : EndpointWithoutRequest<CatalogResponse>
{
    public override void Configure()
    {
        Get("/v1/catalog");
        Roles(Role.Admin, Role.Consultant, Role.Auditor);
        Summary(s =>
        {
            s.Summary = "Reads the tenant's current catalog: criteria, vendors, every assessment with its sources, overrides marked.";
            s.Description = "The version reads `{published}+r{revision}`: the catalog published from seeds/ and the revision of this tenant's overrides. Recommendations record it.";
            s.Responses[200] = "The catalog.";
            s.ResponseExamples[200] = CatalogResponse.Example;
        });
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(CatalogResponse.From(await catalogs.CurrentAsync(session, ct)), ct);
}
