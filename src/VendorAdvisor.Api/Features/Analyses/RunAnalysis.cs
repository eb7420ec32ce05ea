using FastEndpoints;
using FluentValidation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.OpenApi;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Analyses;

public sealed record AnalysisCriterion
{
    /// <summary>Unique among the criteria; at most 100 characters.</summary>
    public string Id { get; init; } = "";

    /// <summary>true when more is better (localization), false when less is better (price, latency).</summary>
    [System.ComponentModel.DataAnnotations.Required]
    public bool? Benefit { get; init; }
}

public sealed record AnalysisAlternative
{
    /// <summary>Unique among the alternatives; at most 100 characters. Any option: a vendor, another provider, staying on premises.</summary>
    public string Id { get; init; } = "";

    /// <summary>A raw value for every criterion, by criterion id, in any unit and magnitude (prices in CNY, latency in ms, 0..10 ratings).</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary>Optional standard deviations of the scores, by criterion id, in the scores' units; they drive the Monte Carlo rank probabilities.</summary>
    public IReadOnlyDictionary<string, double>? Uncertainty { get; init; }
}

public sealed record RunAnalysisRequest
{
    /// <summary>weighted-sum (default, observed min-max normalisation), topsis (vector normalisation), ahp (distributive: values must be positive), vikor (Opricovic &amp; Tzeng 2004; score = 1 - Q) or promethee-ii (net flow; see `preferenceFunctions`).</summary>
    public McdaMethod? Method { get; init; }

    /// <summary>VIKOR's v, 0..1 (default 0.5): the weight of the majority's utility S against the individual regret R.</summary>
    public double? VikorV { get; init; }

    /// <summary>PROMETHEE preference functions by criterion id, thresholds in the criterion's own units; a criterion left out uses `usual`. Used by promethee-ii and by its row of `agreement`.</summary>
    public IReadOnlyDictionary<string, PreferenceFunctionInput>? PreferenceFunctions { get; init; }

    /// <summary>Read the weights from the matrix instead: entropy (raw values' proportions; values must be non-negative), entropy-min-max, or critic (Diakoulaki et al. 1995). Not with `weights` or `pairwise`.</summary>
    public ObjectiveWeighting? ObjectiveWeights { get; init; }

    public IReadOnlyList<AnalysisCriterion> Criteria { get; init; } = [];

    public IReadOnlyList<AnalysisAlternative> Alternatives { get; init; } = [];

    /// <summary>Non-negative weights by criterion id, rescaled to sum to 1; a criterion left out weighs 0, all zero means equal weights. Give this or `pairwise`, not both; neither means equal weights.</summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>AHP pairwise comparison of the criteria (rows and columns in the order of `criteria`), from which the weights are derived; see POST /v1/weights/ahp.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Pairwise { get; init; }

    /// <summary>Monte Carlo samples, 0 to 100000 (default 10000); used only when some alternative gives an uncertainty. Samples × alternatives × (criteria + alternatives) may not exceed 50,000,000 (with 200 alternatives and 50 criteria: 1,000 samples).</summary>
    public int? Samples { get; init; }

    /// <summary>Monte Carlo seed (default 20240930): the same seed and input give the same probabilities to the last digit.</summary>
    public long? Seed { get; init; }

    /// The engine's request with the defaults applied. Null entries and a preference function without its kind stay
    /// null (and a benefit left out reads as true), so that DecisionRequestRules reports them where they are.
    internal DecisionRequest ToDecisionRequest() => new(
        (Criteria ?? []).Select(c => c is null ? null! : new DecisionCriterion(c.Id, c.Benefit ?? true)).ToArray(),
        (Alternatives ?? []).Select(a => a is null ? null! : new DecisionAlternative(a.Id, a.Scores, a.Uncertainty)).ToArray(),
        Weights,
        Pairwise,
        Method ?? McdaMethod.WeightedSum,
        Samples: Samples ?? DecisionEngine.DefaultSamples,
        Seed: (ulong)(Seed ?? (long)DecisionEngine.DefaultSeed),
        VikorV: VikorV ?? Vikor.DefaultV,
        PreferenceFunctions: PreferenceFunctions?.ToDictionary(p => p.Key, p => p.Value?.Kind is null ? null! : p.Value.ToDomain(), StringComparer.Ordinal),
        ObjectiveWeights: ObjectiveWeights);
}

/// The engine's own rules (DecisionRequestRules) reported field by field; here only what the wire adds: a benefit
/// left out, a negative seed, and the NotEmpty rules that mark criteria and alternatives required in the OpenAPI document.
public sealed class RunAnalysisValidator : Validator<RunAnalysisRequest>
{
    public RunAnalysisValidator()
    {
        RuleFor(x => x.Criteria).NotEmpty().WithMessage(DecisionRequestRules.NoCriteria);
        RuleFor(x => x.Alternatives).NotEmpty().WithMessage(DecisionRequestRules.NoAlternatives);
        RuleFor(x => x.Seed).GreaterThanOrEqualTo(0).WithMessage("The seed must be a non-negative integer.");
        RuleFor(x => x).Custom((request, context) =>
        {
            if (request.Criteria is { Count: > 0 and <= DecisionEngine.MaxCriteria } criteria)
            {
                for (var j = 0; j < criteria.Count; j++)
                {
                    if (criteria[j] is { Benefit: null })
                    {
                        context.AddFailure(FieldRules.Field("criteria[{0}].benefit", j),
                            "Say whether more is better: true for a benefit (e.g. localization), false for a cost (e.g. price or latency).");
                    }
                }
            }

            // The NotEmpty rules above already say that a list is empty.
            foreach (var problem in DecisionRequestRules.Validate(request.ToDecisionRequest())
                         .Where(p => p.Message is not (DecisionRequestRules.NoCriteria or DecisionRequestRules.NoAlternatives)))
            {
                context.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}

public sealed class RunAnalysis : Endpoint<RunAnalysisRequest, AnalysisResponse>
{
    internal static readonly RunAnalysisRequest ExampleRequest = new()
    {
        Method = McdaMethod.Topsis,
        Criteria =
        [
            new AnalysisCriterion { Id = "monthly-cost-cny", Benefit = false },
            new AnalysisCriterion { Id = "latency-ms", Benefit = false },
            new AnalysisCriterion { Id = "localization", Benefit = true },
            new AnalysisCriterion { Id = "payment-integration", Benefit = true },
        ],
        Alternatives =
        [
            Alternative("alibaba-cloud", 182_000, 28, 9.5, 9.6),
            Alternative("huawei-cloud", 171_500, 31, 9.0, 8.4),
            Alternative("tencent-cloud", 176_800, 30, 9.2, 9.8),
            Alternative("on-premises", 158_000, 12, 10, 7.0) with
            {
                Uncertainty = new Dictionary<string, double> { ["monthly-cost-cny"] = 25_000 },
            },
        ],
        Weights = new Dictionary<string, double>
        {
            ["monthly-cost-cny"] = 0.35,
            ["latency-ms"] = 0.2,
            ["localization"] = 0.3,
            ["payment-integration"] = 0.15,
        },
        Samples = 2_000,
        Seed = 42,
    };

    private static AnalysisAlternative Alternative(string id, double cost, double latency, double localization, double payment) => new()
    {
        Id = id,
        Scores = new Dictionary<string, double>
        {
            ["monthly-cost-cny"] = cost,
            ["latency-ms"] = latency,
            ["localization"] = localization,
            ["payment-integration"] = payment,
        },
    };

    public override void Configure()
    {
        Post("/v1/analyses");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Ranks any set of alternatives on any criteria: weighted sum, TOPSIS, AHP, VIKOR or PROMETHEE II, with sensitivity, rank probabilities and the methods' agreement.";
            s.Description = "The decision engine on a matrix of your own, not only the vendor catalog: add another provider or " +
                            "staying on premises next to the vendors, or call the engine directly. Raw values of any unit and " +
                            "magnitude are normalised per criterion; `benefit` says whether more is better. Weights come from " +
                            "`weights`, from an AHP `pairwise` matrix, or are equal. `sensitivity` gives, per criterion, the weight " +
                            "interval in which the winner stays the winner; with `uncertainty` (standard deviations) a seeded Monte " +
                            "Carlo gives each alternative's rank probabilities. Degenerate input has a defined answer: a constant " +
                            "criterion changes nothing, a single alternative ranks first, all-zero weights become equal weights " +
                            "(see `warnings`). A missing value is refused (400 naming `alternatives[i].scores.<criterion>`): nothing is " +
                            "imputed and nothing is read as 0. `objectiveWeights` reads the weights from the matrix (entropy or CRITIC). " +
                            "`agreement` says whether every method names the same winner, with Kendall's tau-b to the chosen method. " +
                            "Nothing is stored.";
            s.ExampleRequest = ExampleRequest;
            s.Responses[200] = "The ranking, best first, with the weights used, sensitivity and, under uncertainty, rank probabilities.";
            s.ResponseExamples[200] = new DeferredExample(() => Analyze(ExampleRequest));
        });
    }

    public override async Task HandleAsync(RunAnalysisRequest req, CancellationToken ct)
    {
        var response = Analyze(req, ct);
        if (!response.IsFinite())
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status400BadRequest, AnalysisRules.NotFinite));
            return;
        }

        await Send.OkAsync(response, ct);
    }

    internal static AnalysisResponse Analyze(RunAnalysisRequest req, CancellationToken ct = default)
    {
        var request = req.ToDecisionRequest();
        var uncertain = req.Alternatives.Any(a => a.Uncertainty is { Count: > 0 });
        // The engine takes raw values of any finite magnitude and answers in the caller's units.
        var analysis = DecisionEngine.Analyze(request, ct);

        var warnings = !uncertain && (req.Samples is not null || req.Seed is not null)
            ? ["samples and seed were ignored: no alternative gives an uncertainty, so there is nothing to sample."]
            : Array.Empty<string>();
        return AnalysisResponse.From(analysis, [.. request.Criteria.Select(c => c.Id)], warnings);
    }
}
