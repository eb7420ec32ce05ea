using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record EvaluateProfileRequest : ProfileInput, IScoringOptions
{
    /// <summary>weighted-sum (default), topsis, ahp, vikor or promethee-ii.</summary>
    public McdaMethod? Method { get; init; }

    public IReadOnlyList<IReadOnlyList<double>>? Pairwise { get; init; }
    public IReadOnlyList<string>? PairwiseCriteria { get; init; }

    /// <summary>Monte Carlo samples, 0 to 100000, drawn exactly; without it adaptive, at most 10000 (see issuing a recommendation).</summary>
    public int? Samples { get; init; }

    public long? Seed { get; init; }

    /// <summary>VIKOR's v, 0..1 (default 0.5), with method vikor.</summary>
    public double? VikorV { get; init; }
}

public sealed class EvaluateProfileValidator : Validator<EvaluateProfileRequest>
{
    public EvaluateProfileValidator()
    {
        Include(new ProfileInputRules());
        RuleFor(x => x.Regulatory).Custom((facts, context) => RegulatoryRules.Check(facts, Resolve<SeedRegulations>().Catalog, context));
        Include(new ScoringOptionsRules());
        RuleFor(x => x.Name).NotEmpty();
        RuleFor(x => x.Sector).NotNull().WithMessage("'sector' is required.");
        RuleFor(x => x.Origin).NotNull().WithMessage("'origin' is required.");
    }
}

public sealed class EvaluateProfile(IQuerySession session, CatalogReader catalogs, RegulationReader regulations) : Endpoint<EvaluateProfileRequest, EvaluationResponse>
{
    public override void Configure()
    {
        Post("/v1/evaluate");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "What-if: scores a profile given in the body against the tenant's current catalog, storing nothing.";
            s.Description = "Same body as creating a profile, plus the options of a recommendation; same result shape as a recommendation.";
            s.ExampleRequest = new EvaluateProfileRequest
            {
                Name = ProfileInput.Example.Name,
                Sector = ProfileInput.Example.Sector,
                Origin = ProfileInput.Example.Origin,
                LatencySensitivity = ProfileInput.Example.LatencySensitivity,
                ConsumerPaymentsInChina = true,
                Regulatory = ProfileInput.Example.Regulatory,
                Method = McdaMethod.WeightedSum,
                Samples = 2000,
            };
            s.Responses[200] = "The result, not stored.";
            s.ResponseExamples[200] = (EvaluationResponse)RecommendationResponse.Example;
        });
    }

    public override async Task HandleAsync(EvaluateProfileRequest req, CancellationToken ct)
    {
        var catalog = await catalogs.CurrentAsync(session, ct);
        var result = RegulatedAdvisor.Recommend(req.ToClient(), catalog.Catalog, regulations.Current, req.ToOptions().ToAnalysis());
        await Send.OkAsync(EvaluationResponse.From(result, catalog.Version.ToString()), ct);
    }
}
