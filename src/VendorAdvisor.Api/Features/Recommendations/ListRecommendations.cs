using FastEndpoints;
using FluentValidation;
using Marten;
using Marten.Pagination;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record ListRecommendationsRequest : IPagedRequest
{
    public Guid ProfileId { get; init; }

    /// <summary>Page number, from 1.</summary>
    [QueryParam]
    public int Page { get; init; } = 1;

    /// <summary>Recommendations per page, 1 to 100.</summary>
    [QueryParam]
    public int Limit { get; init; } = 20;
}

public sealed class ListRecommendationsValidator : Validator<ListRecommendationsRequest>
{
    public ListRecommendationsValidator()
    {
        Include(new PagingRules());
    }
}

public sealed class ListRecommendations(IQuerySession session) : Endpoint<ListRecommendationsRequest, PagedResponse<RecommendationResponse>>
{
    public override void Configure()
    {
        Get("/v1/profiles/{profileId}/recommendations");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Lists a profile's recommendations, newest first.";
            s.Responses[200] = "One page of recommendations.";
            s.ResponseExamples[200] = new PagedResponse<RecommendationResponse>([RecommendationResponse.Example], 1, 20, 1, false);
        });
    }

    public override async Task HandleAsync(ListRecommendationsRequest req, CancellationToken ct)
    {
        if (await session.LoadAsync<Profile>(req.ProfileId, ct) is null)
        {
            await Send.ResultAsync(ProfileProblems.NotFound(req.ProfileId));
            return;
        }
        var page = await session.Query<RecommendationView>()
            .Where(view => view.ProfileId == req.ProfileId)
            .OrderByDescending(view => view.Id) // version 7 ids grow with time
            .ToPagedListAsync(req.Page, req.Limit, ct);
        var issued = await session.LoadRecommendationsAsync(req.ProfileId, [.. page], ct);
        await Send.OkAsync(new PagedResponse<RecommendationResponse>(
            [.. issued.Select(RecommendationResponse.From)], req.Page, req.Limit, page.TotalItemCount, page.HasNextPage), ct);
    }
}
