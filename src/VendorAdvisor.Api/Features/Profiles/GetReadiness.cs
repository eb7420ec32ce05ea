using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record GetReadinessRequest
{
    public Guid ProfileId { get; init; }
}

/// <summary>A profile's regulatory readiness against the current regulation catalogue.</summary>
public sealed record ReadinessResponse(Guid ProfileId, long ProfileVersion, ReadinessReport Readiness)
{
    public static readonly ReadinessResponse Example = new(
        Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"), 4, ReadinessExample.Report);
}

public sealed class GetReadiness(IQuerySession session, CatalogReader catalogs, RegulationReader regulations)
    : Endpoint<GetReadinessRequest, ReadinessResponse>
{
    public override void Configure()
    {
        Get("/v1/profiles/{profileId}/readiness");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "What the client must do in mainland China, per vendor: ready, conditional, blocked or unknown, with each obligation's legal source.";
            s.Description = "Decision support, not legal advice. Reads the profile's `regulatory` facts (and `crossBorderTransfer`) against the current " +
                            "regulation catalogue (GET /v1/regulations). Client-wide obligations (the cross-border route, MLPS, ICP) are listed once; " +
                            "vendor-specific facts per vendor. A fact left out stays unknown and is listed with the decision it leaves open.";
            s.Responses[200] = "The readiness.";
            s.ResponseExamples[200] = ReadinessResponse.Example;
        });
    }

    public override async Task HandleAsync(GetReadinessRequest req, CancellationToken ct)
    {
        if (await session.LoadAsync<Profile>(req.ProfileId, ct) is not { } profile)
        {
            await Send.ResultAsync(ProfileProblems.NotFound(req.ProfileId));
            return;
        }

        var catalog = await catalogs.CurrentAsync(session, ct);
        var report = ReadinessEvaluator.Evaluate(profile.Client.CrossBorderTransfer, profile.Client.Regulatory, catalog.Catalog.VendorIds, regulations.Current);
        await Send.OkAsync(new ReadinessResponse(profile.Id, profile.ProfileVersion, report), ct);
    }
}
