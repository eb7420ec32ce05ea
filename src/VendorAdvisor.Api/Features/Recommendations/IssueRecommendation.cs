using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Features.Team;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Idempotency;
using VendorAdvisor.Api.Infrastructure.Storage;
using VendorAdvisor.Api.Infrastructure.Telemetry;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record IssueRecommendationRequest : IScoringOptions
{
    public Guid ProfileId { get; init; }

    /// <summary>weighted-sum (default), topsis, ahp, vikor or promethee-ii.</summary>
    public McdaMethod? Method { get; init; }

    /// <summary>Optional AHP pairwise comparison of the criteria (reciprocal, 6 x 6); the weights then come from it.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Pairwise { get; init; }

    /// <summary>The criteria in the order of the matrix's rows; default: the catalog's order.</summary>
    public IReadOnlyList<string>? PairwiseCriteria { get; init; }

    /// <summary>Monte Carlo samples over the assessments' uncertainty, 0 to 100000 (0 skips it), drawn exactly. Without it the
    /// draw is adaptive: batches of 1000 until every vendor's probability of ranking first has a standard error under 0.005,
    /// at most 10000; manifest.samples gives the number drawn.</summary>
    public int? Samples { get; init; }

    /// <summary>Seed of the Monte Carlo, 0 to 9223372036854775807: the same seed gives the same probabilities on every machine.</summary>
    public long? Seed { get; init; }

    /// <summary>VIKOR's v, 0..1 (default 0.5), with method vikor.</summary>
    public double? VikorV { get; init; }

    /// <summary>Use the team's weights: the geometric mean of every member's latest judgement (POST /v1/profiles/{id}/judgments). Not with `pairwise`.</summary>
    public bool? TeamWeights { get; init; }

    /// <summary>Makes a retry safe: the same key with the same body returns the first answer and issues nothing.</summary>
    [FromHeader(IdempotencyKeys.HeaderName, isRequired: false)]
    public string? IdempotencyKey { get; init; }
}

public sealed class IssueRecommendationValidator : Validator<IssueRecommendationRequest>
{
    public IssueRecommendationValidator()
    {
        Include(new ScoringOptionsRules());
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotencyKeys.MaxLength);
        RuleFor(x => x.TeamWeights).Must(team => team != true).When(x => x.Pairwise is not null)
            .WithMessage("Give a pairwise matrix or ask for the team's weights, not both.");
    }
}

public sealed class IssueRecommendation(
    IDocumentSession session, CatalogReader catalogs, RegulationReader regulations, IdempotencyKeys idempotency, TenantSessions sessions, TimeProvider clock)
    : Endpoint<IssueRecommendationRequest, RecommendationResponse>
{
    public override void Configure()
    {
        Post("/v1/profiles/{profileId}/recommendations");
        Roles(Role.Writers);
        Summary(s =>
        {
            s.Summary = "Scores the profile's current version against the tenant's current catalog and records the recommendation.";
            s.Description = "The body is optional. The recommendation holds everything needed to reproduce it: the profile version, " +
                            "the catalog version, the method, the weights and their provenance, and the full result. Supports Idempotency-Key (kept 24 hours).";
            s.ExampleRequest = new IssueRecommendationRequest { Method = McdaMethod.Topsis, Samples = 10_000, Seed = 42 };
            s.Responses[201] = "The recommendation was issued.";
            s.ResponseExamples[201] = RecommendationResponse.Example;
            s.Responses[409] = "The profile is archived, or another request with this Idempotency-Key was processed at the same moment and did not complete.";
            s.Responses[422] = "This Idempotency-Key was used with a different body.";
        });
    }

    public override async Task HandleAsync(IssueRecommendationRequest req, CancellationToken ct)
    {
        var guard = await idempotency.BeginAsync(session, HttpContext, req.IdempotencyKey, req with { IdempotencyKey = null }, ct);
        if (guard.Replay is { } replay)
        {
            await Send.ResultAsync(replay);
            return;
        }

        // Locks the profile's stream until the save: concurrent issues for one profile queue here instead of all
        // doing the scoring work and all but one then failing on the version check.
        var stream = await session.Events.FetchForExclusiveWriting<Profile>(req.ProfileId, ct);
        var catalog = await catalogs.CurrentAsync(session, ct);
        var options = req.TeamWeights == true
            ? await TeamJudgments.TeamOptionsAsync(session, req.ProfileId, req.ToOptions(), req.Method, ct)
            : req.ToOptions();
        var decision = ProfileDecisions.Decide(stream.Aggregate, new ProfileCommand.IssueRecommendation(
            req.ProfileId, Guid.CreateVersion7(), options, catalog.Version.ToString(), catalog.Catalog, regulations.Current,
            clock.GetUtcNow(), sessions.Caller.Actor));
        if (decision.Refusal is { } refusal)
        {
            await Send.ResultAsync(ProfileProblems.For(refusal));
            return;
        }

        var issued = decision.Only<RecommendationIssued>();
        stream.AppendOne(issued);
        session.Store(new RecommendationView
        {
            Id = issued.RecommendationId,
            ProfileId = issued.ProfileId,
            Version = stream.CurrentVersion ?? throw new InvalidOperationException("The locked stream has no version."),
        });
        var response = RecommendationResponse.From(issued);
        guard.AnswerOnSave(StatusCodes.Status201Created, $"/v1/recommendations/{issued.RecommendationId}", _ => (response, null));
        if (await guard.SaveChangesAsync(session, ct) is { } earlier)
        {
            await Send.ResultAsync(earlier);
            return;
        }
        ApiMetrics.RecommendationIssued(StrictEnumConverter.NameOf(issued.Options.Method));

        await Send.CreatedAtAsync<GetRecommendation>(new { RecommendationId = issued.RecommendationId }, response, cancellation: ct);
    }
}
