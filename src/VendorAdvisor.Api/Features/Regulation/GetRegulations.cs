using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Regulation;

public sealed record GetRegulationsRequest
{
    /// <summary>A past catalogue version (as a recommendation's manifest records it); default: the current one.</summary>
    [QueryParam]
    public string? Version { get; init; }
}

public sealed class GetRegulations(IQuerySession session, RegulationReader regulations) : Endpoint<GetRegulationsRequest, RegulationCatalog>
{
    public override void Configure()
    {
        Get("/v1/regulations");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Reads the regulation catalogue: its sources, thresholds, rules, exemptions and vendor facts, now or at a past version.";
            s.Description = "Decision support, not legal advice. Every rule cites its sources (law or provision, article, issuing body, dates, URL); " +
                            "what the sources do not say is marked unknown. The same catalogue applies to every tenant.";
            s.Responses[200] = "The catalogue.";
            s.ResponseExamples[200] = RegulationCatalogExample.Catalog;
            s.Responses[404] = "No such catalogue version was ever published.";
        });
    }

    public override async Task HandleAsync(GetRegulationsRequest req, CancellationToken ct)
    {
        var catalog = req.Version is null ? regulations.Current : await regulations.AtAsync(session, req.Version, ct);
        if (catalog is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no regulation catalogue version '{req.Version}'."));
            return;
        }
        await Send.OkAsync(catalog, ct);
    }
}
