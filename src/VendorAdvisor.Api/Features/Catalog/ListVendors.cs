using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed class ListVendors(IQuerySession session, CatalogReader catalogs) : EndpointWithoutRequest<VendorListResponse>
{
    public override void Configure()
    {
        Get("/v1/vendors");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Lists the vendors with their score on each criterion in the tenant's current catalog.";
            s.Responses[200] = "The vendors.";
            s.ResponseExamples[200] = VendorListResponse.Example;
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var view = await catalogs.CurrentAsync(session, ct);
        var items = view.Catalog.Vendors.Select(vendor => new VendorSummary(vendor.Id, vendor.Name, vendor.Description,
            view.Catalog.Criteria.ToDictionary(criterion => criterion.Id, criterion => view.Catalog.Assessment(vendor.Id, criterion.Id).Score)));
        await Send.OkAsync(new VendorListResponse(view.Version.ToString(), [.. items]), ct);
    }
}
