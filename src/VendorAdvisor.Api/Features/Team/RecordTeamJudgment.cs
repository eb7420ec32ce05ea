using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Analyses;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Team;

public sealed record RecordTeamJudgmentRequest
{
    public Guid ProfileId { get; init; }

    /// <summary>The caller's AHP pairwise comparison of the six criteria: reciprocal, positive, unit diagonal, on Saaty's 1..9 scale.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Pairwise { get; init; }

    /// <summary>The criteria in the order of the matrix's rows; default: the catalog's order (GET /v1/catalog).</summary>
    public IReadOnlyList<string>? PairwiseCriteria { get; init; }
}

public sealed class RecordTeamJudgmentValidator : Validator<RecordTeamJudgmentRequest>
{
    public RecordTeamJudgmentValidator()
    {
        RuleFor(x => x).Custom((request, context) =>
        {
            var criteria = TeamJudgments.Criteria;
            if (request.PairwiseCriteria is { } order
                && (order.Count != criteria.Count || order.Distinct(StringComparer.Ordinal).Count() != order.Count || order.Any(id => !criteria.Contains(id))))
            {
                context.AddFailure("pairwiseCriteria", $"List every criterion exactly once: {string.Join(", ", criteria)}.");
            }

            AnalysisRules.Matrix(context, "pairwise", request.Pairwise, criteria.Count, request.PairwiseCriteria is null ? "the catalog's criteria" : "pairwiseCriteria");
        });
    }
}

public sealed class RecordTeamJudgment(IDocumentSession session, TenantSessions sessions) : Endpoint<RecordTeamJudgmentRequest, TeamWeightsResponse>
{
    public override void Configure()
    {
        Post("/v1/profiles/{profileId}/judgments");
        Roles(Role.Writers);
        Summary(s =>
        {
            s.Summary = "Records the caller's AHP judgement of the criteria for this client; the team's weights aggregate every member's latest.";
            s.Description = "The member is the API key's name. Posting again revises the member's judgement: the latest counts, the earlier " +
                            "ones stay in the profile's history (GET /v1/profiles/{id}/events). The answer is the team's weights after this " +
                            "judgement: the element-wise geometric mean of the members' matrices, each member's consistency ratio and " +
                            "Goepel's AHP consensus. POST /v1/profiles/{id}/recommendations with `teamWeights: true` uses them. A " +
                            "judgement does not change the client's data, so the profile's ETag stays as it was.";
            s.ExampleRequest = new RecordTeamJudgmentRequest { Pairwise = Example };
            s.Responses[201] = "The judgement was recorded; the body is the team's weights now.";
            s.ResponseExamples[201] = TeamWeightsResponse.Example;
            s.Responses[409] = "The profile is archived.";
        });
    }

    internal static readonly IReadOnlyList<IReadOnlyList<double>> Example =
    [
        [1, 2, 3, 2, 1, 3],
        [0.5, 1, 2, 1, 0.5, 2],
        [1 / 3.0, 0.5, 1, 0.5, 1 / 3.0, 1],
        [0.5, 1, 2, 1, 0.5, 2],
        [1, 2, 3, 2, 1, 3],
        [1 / 3.0, 0.5, 1, 0.5, 1 / 3.0, 1],
    ];

    public override async Task HandleAsync(RecordTeamJudgmentRequest req, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Profile>(req.ProfileId, ct);
        var decision = ProfileDecisions.Decide(stream.Aggregate,
            new ProfileCommand.RecordJudgment(req.ProfileId, sessions.Caller.Actor, TeamJudgments.InCatalogOrder(req.Pairwise!, req.PairwiseCriteria)));
        if (decision.Refusal is { } refusal)
        {
            await Send.ResultAsync(ProfileProblems.For(refusal));
            return;
        }

        var recorded = decision.Only<TeamJudgmentRecorded>();
        // Aggregate with the new judgement before storing it: a matrix the engine refuses (400) must leave nothing behind.
        var before = await TeamJudgments.LatestAsync(session, req.ProfileId, ct);
        TeamJudgments.Aggregate([.. before.Where(j => j.Member != recorded.Member), new TeamMemberJudgment(recorded.Member, recorded.Matrix, 0, default, 0)]);
        stream.AppendOne(recorded);
        await session.SaveChangesAsync(ct);

        var judgments = await TeamJudgments.LatestAsync(session, recorded.ProfileId, ct);
        var response = TeamWeightsResponse.From(recorded.ProfileId, judgments, TeamJudgments.Aggregate(judgments));
        await Send.CreatedAtAsync<GetTeamWeights>(new { ProfileId = recorded.ProfileId }, response, cancellation: ct);
    }
}
