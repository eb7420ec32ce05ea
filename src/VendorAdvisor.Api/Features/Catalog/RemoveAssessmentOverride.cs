using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed record RemoveAssessmentOverrideRequest
{
    public string VendorId { get; init; } = "";
    public string CriterionId { get; init; } = "";
}

public sealed class RemoveAssessmentOverride(IDocumentSession session, CatalogReader catalogs) : Endpoint<RemoveAssessmentOverrideRequest>
{
    public override void Configure()
    {
        Delete("/v1/catalog/overrides/{vendorId}/{criterionId}");
        Roles(Role.Admin);
        Summary(s =>
        {
            s.Summary = "Removes the tenant's override of one assessment; the published assessment applies again.";
            s.Responses[204] = "The override is gone; a new tenant catalog version was made.";
        });
    }

    public override async Task HandleAsync(RemoveAssessmentOverrideRequest req, CancellationToken ct)
    {
        var current = await catalogs.CurrentAsync(session, ct);
        if (!current.Overridden.Contains(TenantCatalog.Key(req.VendorId, req.CriterionId)))
        {
            await Send.ResultAsync(Problems.NotFound($"This tenant has no override of '{req.VendorId}' on '{req.CriterionId}'."));
            return;
        }
        var stream = await session.Events.FetchForWriting<TenantCatalog>(TenantCatalog.StreamId(session.TenantId), ct);
        stream.AppendOne(new AssessmentOverrideRemoved(req.VendorId, req.CriterionId));
        await session.SaveChangesAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
