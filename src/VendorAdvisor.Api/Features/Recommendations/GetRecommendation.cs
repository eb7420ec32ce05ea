using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record GetRecommendationRequest
{
    public Guid RecommendationId { get; init; }
}

public sealed class GetRecommendation(IQuerySession session) : Endpoint<GetRecommendationRequest, RecommendationResponse>
{
    public override void Configure()
    {
        Get("/v1/recommendations/{recommendationId}");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Reads a recommendation as it was issued.";
            s.Responses[200] = "The recommendation.";
            s.ResponseExamples[200] = RecommendationResponse.Example;
        });
    }

    public override async Task HandleAsync(GetRecommendationRequest req, CancellationToken ct)
    {
        var issued = await session.LoadRecommendationAsync(req.RecommendationId, ct);
        if (issued is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no recommendation '{req.RecommendationId}'."));
            return;
        }
        await Send.OkAsync(RecommendationResponse.From(issued), ct);
    }
}
