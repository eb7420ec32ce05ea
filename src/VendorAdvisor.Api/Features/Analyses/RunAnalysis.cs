using FastEndpoints;
using FluentValidation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
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
}

public sealed class RunAnalysisValidator : Validator<RunAnalysisRequest>
{
    public RunAnalysisValidator()
    {
        RuleFor(x => x.Criteria).NotEmpty().WithMessage("Give at least one criterion.")
            .Must(c => c is null || c.Count <= DecisionEngine.MaxCriteria)
            .WithMessage(x => AnalysisRules.Invariant($"At most {DecisionEngine.MaxCriteria} criteria are supported; {x.Criteria.Count} were given."));
        RuleFor(x => x.Alternatives).NotEmpty().WithMessage("Give at least one alternative.")
            .Must(a => a is null || a.Count <= DecisionEngine.MaxAlternatives)
            .WithMessage(x => AnalysisRules.Invariant($"At most {DecisionEngine.MaxAlternatives} alternatives are supported; {x.Alternatives.Count} were given."));
        RuleFor(x => x.Samples).InclusiveBetween(0, DecisionEngine.MaxSamples)
            .WithMessage(AnalysisRules.Invariant($"Samples must be between 0 and {DecisionEngine.MaxSamples}."));
        RuleFor(x => x.Samples).Must((request, samples) => OverBudget(request, samples) is null)
            .When(x => x.Samples is null or (>= 0 and <= DecisionEngine.MaxSamples))
            .WithMessage((request, samples) => OverBudget(request, samples)!);
        RuleFor(x => x.Seed).GreaterThanOrEqualTo(0).WithMessage("The seed must be a non-negative integer.");
        RuleFor(x => x).Custom(Check);
    }

    /// The engine's Monte Carlo work budget, checked up front; only a request with some uncertainty samples.
    private static string? OverBudget(RunAnalysisRequest request, int? samples)
    {
        if (request.Criteria is not { } criteria || request.Alternatives is not { } alternatives
            || !alternatives.Any(a => a?.Uncertainty is { Count: > 0 }))
        {
            return null;
        }

        var problem = DecisionEngine.WorkBudgetProblem(criteria.Count, alternatives.Count, samples ?? DecisionEngine.DefaultSamples);
        return problem is null ? null : char.ToUpperInvariant(problem[0]) + problem[1..];
    }

    private static void Check(RunAnalysisRequest request, FluentValidation.ValidationContext<RunAnalysisRequest> context)
    {
        if (request.Criteria is not { Count: > 0 and <= DecisionEngine.MaxCriteria } criteria)
        {
            return;
        }

        for (var j = 0; j < criteria.Count; j++)
        {
            if (criteria[j] is null)
            {
                context.AddFailure(AnalysisRules.Field("criteria[{0}]", j), "Each criterion is an object: { \"id\": ..., \"benefit\": true or false }.");
            }
            else if (criteria[j].Benefit is null)
            {
                context.AddFailure(AnalysisRules.Field("criteria[{0}].benefit", j),
                    "Say whether more is better: true for a benefit (e.g. localization), false for a cost (e.g. price or latency).");
            }
        }

        AnalysisRules.Ids(context, criteria.Select(c => c?.Id).ToArray(), "criteria[{0}].id", "criterion", present: j => criteria[j] is not null);
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var criterion in criteria.Where(c => !string.IsNullOrWhiteSpace(c?.Id)))
        {
            known.TryAdd(criterion.Id, criterion.Benefit ?? true);
        }

        var method = request.Method ?? McdaMethod.WeightedSum;

        if (request.Alternatives is { Count: > 0 and <= DecisionEngine.MaxAlternatives } alternatives)
        {
            AnalysisRules.Ids(context, alternatives.Select(a => a?.Id).ToArray(), "alternatives[{0}].id", "alternative", present: i => alternatives[i] is not null);
            for (var i = 0; i < alternatives.Count; i++)
            {
                CheckAlternative(context, alternatives[i], i, criteria, known, method);
            }
        }

        if (request.Weights is { } weights)
        {
            foreach (var (key, weight) in weights)
            {
                if (!known.ContainsKey(key))
                {
                    context.AddFailure($"weights.{AnalysisRules.Show(key)}", $"There is no criterion '{AnalysisRules.Show(key)}'.");
                }
                else if (!double.IsFinite(weight) || weight < 0)
                {
                    context.AddFailure($"weights.{key}", "A weight must be a finite non-negative number.");
                }
            }
        }

        AnalysisMethodRules.Check(context, request, known);

        if (request.Pairwise is not null)
        {
            if (request.Weights is not null)
            {
                context.AddFailure("pairwise", "Give either weights or a pairwise matrix, not both.");
            }
            else
            {
                AnalysisRules.Matrix(context, "pairwise", request.Pairwise, criteria.Count, "criteria");
            }
        }
    }

    private static void CheckAlternative(
        FluentValidation.ValidationContext<RunAnalysisRequest> context, AnalysisAlternative? alternative, int i,
        IReadOnlyList<AnalysisCriterion> criteria, Dictionary<string, bool> known, McdaMethod method)
    {
        var at = AnalysisRules.Field("alternatives[{0}]", i);
        if (alternative is null)
        {
            context.AddFailure(at, "Each alternative is an object: { \"id\": ..., \"scores\": { criterion: value } }.");
            return;
        }

        if (alternative.Scores is not { } scores)
        {
            context.AddFailure($"{at}.scores", "Give a score for every criterion.");
            return;
        }

        foreach (var criterion in criteria.Where(c => c is not null && known.ContainsKey(c.Id) && !scores.ContainsKey(c.Id)))
        {
            context.AddFailure($"{at}.scores.{criterion.Id}", AnalysisMethodRules.MissingValue(criterion.Id));
        }

        foreach (var (key, value) in scores)
        {
            if (!known.TryGetValue(key, out var benefit))
            {
                context.AddFailure($"{at}.scores.{AnalysisRules.Show(key)}", $"There is no criterion '{AnalysisRules.Show(key)}'.");
            }
            else if (!double.IsFinite(value))
            {
                context.AddFailure($"{at}.scores.{key}", "A score must be a finite number.");
            }
            else if (method == McdaMethod.Ahp && (benefit ? value < 0 : value <= 0))
            {
                context.AddFailure($"{at}.scores.{key}", benefit
                    ? "The ahp method compares values as ratios: a benefit score must not be negative. Use weighted-sum or topsis for signed values."
                    : "The ahp method compares values as ratios: a cost must be positive. Use weighted-sum or topsis for zero or signed costs.");
            }
        }

        foreach (var (key, sd) in alternative.Uncertainty ?? new Dictionary<string, double>())
        {
            if (!known.ContainsKey(key))
            {
                context.AddFailure($"{at}.uncertainty.{AnalysisRules.Show(key)}", $"There is no criterion '{AnalysisRules.Show(key)}'.");
            }
            else if (!double.IsFinite(sd) || sd < 0)
            {
                context.AddFailure($"{at}.uncertainty.{key}", "An uncertainty is a standard deviation: a finite non-negative number.");
            }
        }
    }
}

/// The ranking of any decision matrix, with the weights used, their stability and, under uncertainty, rank probabilities.
public sealed record AnalysisResponse
{
    public required McdaMethod Method { get; init; }

    /// <summary>How raw values were made comparable (scale-free: multiplying a criterion's values by a positive factor changes nothing).</summary>
    public required Normalisation Normalisation { get; init; }

    /// <summary>Best first. `rankProbabilities[k]` is the share of Monte Carlo samples in which the alternative ranked k + 1.</summary>
    public required IReadOnlyList<RankedAlternative> Ranking { get; init; }

    /// <summary>The weights used, by criterion id, summing to 1.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>explicit, ahp-pairwise, or equal (with the reason).</summary>
    public required string WeightsSource { get; init; }

    /// <summary>The consistency of the pairwise matrix, when the weights came from one.</summary>
    public AhpWeightsResponse? Ahp { get; init; }

    public required SensitivityReport Sensitivity { get; init; }

    /// <summary>The Monte Carlo settings, when some alternative gave an uncertainty.</summary>
    public UncertaintySummary? Uncertainty { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required string EngineVersion { get; init; }

    public required string TieBreakRule { get; init; }

    /// <summary>Whether every method names the same winner, with each method's Kendall tau-b against the chosen one.</summary>
    public MethodAgreement? Agreement { get; init; }

    /// <summary>With method vikor: S, R, Q per alternative, the two compromise conditions and the compromise set.</summary>
    public VikorDetails? Vikor { get; init; }

    /// <summary>With method promethee-ii: leaving, entering and net flows per alternative and the preference functions used.</summary>
    public PrometheeDetails? Promethee { get; init; }

    /// <summary>With objectiveWeights: how the weights were read from the matrix and each criterion's information.</summary>
    public ObjectiveWeightsResponse? ObjectiveWeights { get; init; }

    public static AnalysisResponse From(DecisionAnalysis analysis, IReadOnlyList<string> criteria, IEnumerable<string> warnings) => new()
    {
        Method = analysis.Method,
        Normalisation = analysis.Normalisation,
        Ranking = analysis.Ranking,
        Weights = analysis.Weights.ToDictionary(w => w.Criterion, w => w.Weight, StringComparer.Ordinal),
        WeightsSource = analysis.WeightsSource,
        Ahp = analysis.AhpConsistency is { } ahp ? AhpWeightsResponse.From(criteria, ahp) : null,
        Sensitivity = analysis.Sensitivity,
        Uncertainty = analysis.Uncertainty,
        Warnings = [.. analysis.Warnings, .. warnings],
        EngineVersion = analysis.EngineVersion,
        TieBreakRule = analysis.TieBreakRule,
        Agreement = analysis.Agreement,
        Vikor = analysis.Vikor,
        Promethee = analysis.Promethee,
        ObjectiveWeights = analysis.ObjectiveWeights is { } objective ? ObjectiveWeightsResponse.From(criteria, objective) : null,
    };

    /// NaN and infinities cannot be written as JSON; the engine avoids them, this makes sure.
    internal bool IsFinite() =>
        Ranking.All(r => double.IsFinite(r.Score) && r.Contributions.Values.All(double.IsFinite)
                         && (r.ProbabilityFirst is null || double.IsFinite(r.ProbabilityFirst.Value))
                         && (r.RankProbabilities ?? []).All(double.IsFinite))
        && Weights.Values.All(double.IsFinite)
        && (Ahp?.IsFinite() ?? true)
        && Sensitivity.Weights.All(s => double.IsFinite(s.Weight) && double.IsFinite(s.LowerBound) && double.IsFinite(s.UpperBound))
        && (Sensitivity.SmallestWinnerChange is not { } change
            || double.IsFinite(change.FromWeight) && double.IsFinite(change.ToWeight) && double.IsFinite(change.Change));
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
            s.ResponseExamples[200] = Analyze(ExampleRequest);
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
        var criteria = req.Criteria.Select(c => new DecisionCriterion(c.Id, c.Benefit ?? true)).ToArray();
        var uncertain = req.Alternatives.Any(a => a.Uncertainty is { Count: > 0 });
        var request = new DecisionRequest(
            criteria,
            req.Alternatives.Select(a => new DecisionAlternative(a.Id, a.Scores, a.Uncertainty)).ToArray(),
            req.Weights,
            req.Pairwise,
            req.Method ?? McdaMethod.WeightedSum,
            Samples: req.Samples ?? DecisionEngine.DefaultSamples,
            Seed: (ulong)(req.Seed ?? (long)DecisionEngine.DefaultSeed),
            VikorV: req.VikorV ?? Vikor.DefaultV,
            PreferenceFunctions: req.PreferenceFunctions?.ToDictionary(p => p.Key, p => p.Value.ToDomain(), StringComparer.Ordinal),
            ObjectiveWeights: req.ObjectiveWeights);
        // The engine takes raw values of any finite magnitude and answers in the caller's units.
        var analysis = DecisionEngine.Analyze(request, ct);

        var warnings = !uncertain && (req.Samples is not null || req.Seed is not null)
            ? ["samples and seed were ignored: no alternative gives an uncertainty, so there is nothing to sample."]
            : Array.Empty<string>();
        return AnalysisResponse.From(analysis, [.. criteria.Select(c => c.Id)], warnings);
    }
}
