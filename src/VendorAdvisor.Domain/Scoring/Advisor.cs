using System.Globalization;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The one call the host makes: a profile and a catalog in, a ranked, explained, reproducible recommendation out.</summary>
public static partial class Advisor
{
    // hardExclusions: vendors removed whatever the profile says (regulatory readiness), with their reasons.
    public static RecommendationResult Recommend(ClientProfile profile, VendorCatalog catalog, AnalysisOptions? options = null, IReadOnlyList<ExcludedVendor>? hardExclusions = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= AnalysisOptions.Default;
        var problems = ProfileValidation.Validate(profile, catalog.VendorIds, catalog.CriterionIds);
        if (options.Samples is < 0 or > DecisionEngine.MaxSamples)
        {
            problems = [.. problems, new FieldProblem("samples", DecisionRequestRules.SamplesOutOfRange)];
        }

        if (problems.Count > 0)
        {
            throw new DecisionInputException("The profile cannot be analysed: " + FieldProblem.Describe(problems));
        }

        var warnings = new List<string>();
        var (weights, ahp, derivation) = Weights(profile, catalog, options, warnings);
        var excluded = Exclusions(profile, catalog, hardExclusions ?? []);
        var remaining = catalog.Vendors.Where(v => excluded.All(e => e.Vendor != v.Id)).ToArray();
        var normalisation = NormalisationFor(options.Method, catalog);
        Vikor.CheckV(options.VikorV);
        if (remaining.Length == 0)
        {
            warnings.Add("every vendor was removed by the constraints; relax them to get a ranking.");
        }

        var problem = CatalogProblem.From(catalog, remaining, weights, options.Method, normalisation, options.VikorV, CatalogMethods.Preferences(catalog));
        var order = SensitivityAnalysis.Rank(problem, problem.Weights);
        var outcome = options.Samples > 0 && remaining.Length > 0 ? MonteCarlo.Run(problem, options.Samples, options.Seed, adaptive: options.AdaptiveSamples) : null;
        var ranked = DecisionEngine.Ranking(problem, order, outcome);
        var sensitivity = SensitivityAnalysis.Analyze(problem, order);
        var ranking = ranked.Select(r => Explain(r, catalog, remaining, problem)).ToArray();

        var manifest = new RecommendationManifest(
            DecisionEngine.EngineVersion,
            catalog.Version,
            catalog.Assessments.Where(a => a.OverriddenBy is not null).Select(a => $"{a.VendorId}/{a.CriterionId} by {a.OverriddenBy}").ToArray(),
            options.Method,
            options.Method switch
            {
                McdaMethod.Ahp => normalisation.Description + "; then, per criterion, rescaled to sum to one as AHP local priorities (ratings mode)",
                McdaMethod.Vikor => CatalogMethods.VikorNormalisation,
                McdaMethod.PrometheeII => CatalogMethods.PrometheeNormalisation,
                _ => normalisation.Description,
            },
            options.Method switch
            {
                McdaMethod.Topsis => "relative closeness to the ideal, 0..1",
                McdaMethod.Ahp => "global priority, 0..1, summing to 1 over the ranked vendors",
                McdaMethod.Vikor => CatalogMethods.VikorScale(options.VikorV),
                McdaMethod.PrometheeII => "PROMETHEE II net flow, -1..1, summing to 0 over the ranked vendors",
                _ => "weighted utility, 0..1 (1 = top of the scale on every criterion)",
            },
            derivation,
            WeightRules.Version,
            Ahp.RandomIndexSource,
            Ahp.ConsistencyThreshold,
            outcome?.Samples ?? 0,
            options.Seed,
            PortableNormal.Description,
            DecisionEngine.ClampDescription(problem),
            TieBreak.Rule,
            sensitivity.Procedure,
            SamplingRule: outcome is not null && options.AdaptiveSamples ? MonteCarlo.AdaptiveRule(options.Samples) : null);
        var anyRanked = remaining.Length > 0;
        return new RecommendationResult(profile.Name, ranking, excluded, weights, ahp, sensitivity, manifest, warnings,
            Agreement: anyRanked ? MethodComparison.Compare(problem, CatalogMethods.PrometheeSettings) : null,
            Vikor: anyRanked && options.Method == McdaMethod.Vikor ? VikorDetails.From(problem) : null,
            Promethee: anyRanked && options.Method == McdaMethod.PrometheeII ? PrometheeDetails.From(problem, problem.Preferences!) : null);
    }

    private static (IReadOnlyList<CriterionWeight> Weights, AhpWeights? Ahp, string Derivation) Weights(
        ClientProfile profile, VendorCatalog catalog, AnalysisOptions options, List<string> warnings)
    {
        var ids = catalog.CriterionIds;
        if (options.PairwiseMatrix is { } matrix)
        {
            var order = options.PairwiseCriteria ?? ids;
            if (order.Count != ids.Count || order.Distinct(StringComparer.Ordinal).Count() != ids.Count || order.Any(id => !ids.Contains(id)))
            {
                throw new DecisionInputException("pairwiseCriteria must list every catalog criterion exactly once.");
            }

            var ahp = CriteriaWeighting.Pairwise(matrix, ids.Count, "one row per criterion", warnings);
            if (profile.Priorities is { Count: > 0 })
            {
                warnings.Add("the pairwise matrix was used; the profile's priorities were not.");
            }

            var byId = order.Select((id, k) => (id, k)).ToDictionary(x => x.id, x => ahp.Weights[x.k], StringComparer.Ordinal);
            var weights = ids.Select(id => new CriterionWeight(id, byId[id], byId[id], "ahp-pairwise", [])).ToArray();
            return (weights, ahp, FormattableString.Invariant(
                $"AHP pairwise matrix over ({string.Join(", ", order)}): principal eigenvector by power iteration, λmax {ahp.LambdaMax:0.####}, CR {ahp.ConsistencyRatio:0.####}"));
        }

        var derived = WeightRules.Derive(profile, ids);
        if (derived.Any(w => w.Source == "equal-fallback"))
        {
            warnings.Add("every criterion ended with zero points: equal weights used.");
        }

        var named = profile.Priorities?.Keys.ToArray() ?? [];
        var text = named.Length == 0
            ? FormattableString.Invariant($"derived from the profile by {WeightRules.Version}: {WeightRules.BasePoints} point per criterion plus rule adjustments, floored at 0, divided by the total")
            : FormattableString.Invariant($"consultant priorities (0..5) for {string.Join(", ", named)}; the other criteria derived from the profile by {WeightRules.Version}; points divided by the total");
        return (derived, null, text);
    }

    private static ExcludedVendor[] Exclusions(ClientProfile profile, VendorCatalog catalog, IReadOnlyList<ExcludedVendor> hardExclusions)
    {
        var constraints = profile.Constraints ?? new ProfileConstraints();
        var result = new List<ExcludedVendor>();
        foreach (var vendor in catalog.Vendors)
        {
            var reasons = new List<string>();
            if ((constraints.ExcludedVendors ?? []).Contains(vendor.Id, StringComparer.Ordinal))
            {
                reasons.Add("the client's constraints exclude it");
            }

            foreach (var (criterionId, minimum) in constraints.MinimumScores ?? new Dictionary<string, double>())
            {
                var criterion = catalog.Criterion(criterionId);
                var assessment = catalog.Assessment(vendor.Id, criterionId);
                // A minimum is on the "how good" reading of the scale, so a cost criterion is read from the top.
                var goodness = criterion.HigherIsBetter ? assessment.Score : catalog.ScaleMax - assessment.Score + catalog.ScaleMin;
                if (goodness < minimum)
                {
                    reasons.Add(string.Create(CultureInfo.InvariantCulture,
                        $"it scores {goodness:0.#} on {criterion.Name.ToLowerInvariant()}, below the client's minimum of {minimum:0.#}"));
                }
            }

            reasons.AddRange(hardExclusions.Where(e => e.Vendor == vendor.Id).Select(e => e.Reason));
            if (reasons.Count > 0)
            {
                result.Add(new ExcludedVendor(vendor.Id, string.Join("; ", reasons)));
            }
        }

        return result.ToArray();
    }

    /// <summary>Strengths and weaknesses: the criteria where the vendor is furthest above or below the other remaining
    /// vendors' average (or the scale's midpoint when it stands alone), ordered by that gap times the criterion's weight.</summary>
    private static RankedVendor Explain(RankedAlternative ranked, VendorCatalog catalog, Vendor[] remaining, Problem problem)
    {
        const int shown = 2;
        const double meaningfulGap = 0.5;
        var vendor = catalog.Vendor(ranked.Alternative);
        var others = remaining.Where(v => v.Id != vendor.Id).ToArray();
        var midpoint = (catalog.ScaleMin + catalog.ScaleMax) / 2;
        var gaps = catalog.Criteria.Select((criterion, j) =>
        {
            var own = catalog.Assessment(vendor.Id, criterion.Id);
            var reference = others.Length > 0 ? others.Average(o => catalog.Assessment(o.Id, criterion.Id).Score) : midpoint;
            var gap = (own.Score - reference) * (criterion.HigherIsBetter ? 1 : -1);
            return (criterion, own, reference, gap, impact: gap * problem.Weights[j], weight: problem.Weights[j]);
        }).ToArray();

        var against = others.Length > 0 ? "the other remaining vendors average" : "the scale's midpoint is";
        string Sentence(string kind, (Criterion criterion, Assessment own, double reference, double gap, double impact, double weight) g) =>
            string.Create(CultureInfo.InvariantCulture,
                $"{kind} on {g.criterion.Name.ToLowerInvariant()}: {g.own.Score:0.#}/10 where {against} {g.reference:0.#} (weight {g.weight:P0}). {g.own.Rationale}");

        var strengths = gaps.Where(g => g.gap >= meaningfulGap && g.weight > 0).OrderByDescending(g => g.impact).ThenBy(g => g.criterion.Id, StringComparer.Ordinal)
            .Take(shown).Select(g => Sentence("Strong", g)).ToArray();
        var weaknesses = gaps.Where(g => g.gap <= -meaningfulGap && g.weight > 0).OrderBy(g => g.impact).ThenBy(g => g.criterion.Id, StringComparer.Ordinal)
            .Take(shown).Select(g => Sentence("Weak", g)).ToArray();
        return new RankedVendor(vendor.Id, vendor.Name, ranked.Rank, ranked.Score, ranked.ProbabilityFirst, ranked.RankProbabilities,
            ranked.Contributions, strengths, weaknesses);
    }
}
