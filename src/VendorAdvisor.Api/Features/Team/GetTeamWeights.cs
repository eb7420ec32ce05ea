using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.OpenApi;

namespace VendorAdvisor.Api.Features.Team;

public sealed record GetTeamWeightsRequest
{
    public Guid ProfileId { get; init; }
}

public sealed class GetTeamWeights(IQuerySession session) : Endpoint<GetTeamWeightsRequest, TeamWeightsResponse>
{
    public override void Configure()
    {
        Get("/v1/profiles/{profileId}/team-weights");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "The team's weights for this client: every member's latest AHP judgement aggregated, with consistency and consensus.";
            s.Description = "Aggregation of individual judgements: the element-wise geometric mean of the members' pairwise matrices, then " +
                            "its principal eigenvector. Each member's own weights and Saaty consistency ratio are listed, and the group's " +
                            "consensus is Goepel's AHP consensus S* (Shannon alpha/beta/gamma entropy; Goepel 2013, ISAHP; Goepel 2018, IJAHP 10(3)).";
            s.Responses[200] = "The team's weights, each member's judgement and the consensus.";
            s.ResponseExamples[200] = new DeferredExample(() => TeamWeightsResponse.Example);
            s.Responses[404] = "No such profile in the caller's tenant, or nobody has judged it yet.";
        });
    }

    public override async Task HandleAsync(GetTeamWeightsRequest req, CancellationToken ct)
    {
        if (await session.LoadAsync<Profile>(req.ProfileId, ct) is null)
        {
            await Send.ResultAsync(ProfileProblems.NotFound(req.ProfileId));
            return;
        }

        var judgments = await TeamJudgments.LatestAsync(session, req.ProfileId, ct);
        if (judgments.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound("Nobody has judged this profile yet: POST /v1/profiles/{id}/judgments first."));
            return;
        }

        await Send.OkAsync(TeamWeightsResponse.From(req.ProfileId, judgments, TeamJudgments.Aggregate(judgments)), ct);
    }
}
