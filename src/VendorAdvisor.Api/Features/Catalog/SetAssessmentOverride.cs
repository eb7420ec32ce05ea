using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed record SetAssessmentOverrideRequest
{
    public string VendorId { get; init; } = "";
    public string CriterionId { get; init; } = "";

    /// <summary>The tenant's score, 0..10 (10 is best, whatever the criterion).</summary>
    public double? Score { get; init; }

    /// <summary>Standard deviation of the score, 0..5: how sure the tenant is.</summary>
    public double? Uncertainty { get; init; }

    /// <summary>Why the tenant sees it differently; shown wherever the assessment is.</summary>
    public string Rationale { get; init; } = "";
}

public sealed class SetAssessmentOverrideValidator : Validator<SetAssessmentOverrideRequest>
{
    public SetAssessmentOverrideValidator()
    {
        RuleFor(x => x.Score).NotNull().InclusiveBetween(AssessmentScale.Min, AssessmentScale.Max);
        RuleFor(x => x.Uncertainty).NotNull().InclusiveBetween(0, AssessmentScale.MaxOverrideUncertainty);
        RuleFor(x => x.Rationale).NotEmpty().MaximumLength(AssessmentScale.MaxRationaleLength);
    }
}

public sealed class SetAssessmentOverride(IDocumentSession session, CatalogReader catalogs)
    : Endpoint<SetAssessmentOverrideRequest, VendorResponse>
{
    public override void Configure()
    {
        Put("/v1/catalog/overrides/{vendorId}/{criterionId}");
        Roles(Role.Admin);
        Summary(s =>
        {
            s.Summary = "Overrides one assessment for this tenant; makes a new tenant catalog version.";
            s.Description = "Tenant admins only. Later recommendations use the override and record the new catalog version; earlier ones keep theirs.";
            s.ExampleRequest = new SetAssessmentOverrideRequest
            {
                VendorId = "aws-china",
                CriterionId = "payment-integration",
                Score = 5,
                Uncertainty = 1,
                Rationale = "Our clients settle through a payment partner that integrates with AWS China.",
            };
            s.Responses[200] = "The vendor with the override applied.";
            s.ResponseExamples[200] = VendorResponse.Example;
        });
    }

    public override async Task HandleAsync(SetAssessmentOverrideRequest req, CancellationToken ct)
    {
        var current = await catalogs.CurrentAsync(session, ct);
        if (!current.Catalog.VendorIds.Contains(req.VendorId) || !current.Catalog.CriterionIds.Contains(req.CriterionId))
        {
            await Send.ResultAsync(Problems.NotFound($"There is no assessment of '{req.VendorId}' on '{req.CriterionId}'."));
            return;
        }
        // Fetched for writing so that events carry their versions (the revision) into the inline snapshot,
        // and so that two admins overriding at once cannot both base their change on the same revision.
        var stream = await session.Events.FetchForWriting<TenantCatalog>(TenantCatalog.StreamId(session.TenantId), ct);
        stream.AppendOne(new AssessmentOverridden(req.VendorId, req.CriterionId, req.Score!.Value, req.Uncertainty!.Value, req.Rationale.Trim()));
        await session.SaveChangesAsync(ct);

        var view = await catalogs.CurrentAsync(session, ct);
        await Send.OkAsync(VendorResponse.From(view, view.Catalog.Vendor(req.VendorId)), ct);
    }
}
