using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed record GetVendorRequest
{
    /// <summary>alibaba-cloud, huawei-cloud, tencent-cloud or aws-china.</summary>
    public string VendorId { get; init; } = "";
}

public sealed class GetVendor(IQuerySession session, CatalogReader catalogs) : Endpoint<GetVendorRequest, VendorResponse>
{
    public override void Configure()
    {
        Get("/v1/vendors/{vendorId}");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Reads one vendor with its assessments: score, uncertainty, rationale and sources per criterion.";
            s.Responses[200] = "The vendor.";
            s.ResponseExamples[200] = VendorResponse.Example;
        });
    }

    public override async Task HandleAsync(GetVendorRequest req, CancellationToken ct)
    {
        var view = await catalogs.CurrentAsync(session, ct);
        var vendor = view.Catalog.Vendors.FirstOrDefault(v => v.Id == req.VendorId);
        if (vendor is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no vendor '{req.VendorId}'."));
            return;
        }
        await Send.OkAsync(VendorResponse.From(view, vendor), ct);
    }
}
