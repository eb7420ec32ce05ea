using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;
using VendorAdvisor.Domain.Tests.TestSupport;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// <summary>Properties every method must keep on any matrix FsCheck can think of.</summary>
public sealed class PropertyTests
{
    private static readonly McdaMethod[] AllMethods = [McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp];

    /// <summary>1..6 alternatives, 1..5 criteria, values 0.1..10 (positive, so every method accepts them), weights 0..5, mixed benefit and cost.</summary>
    internal static Gen<DecisionRequest> Requests(bool withUncertainty = false, int samples = 200) =>
        from method in Gen.Elements(AllMethods)
        from m in Gen.Choose(1, 6)
        from n in Gen.Choose(1, 5)
        from values in Gen.Choose(1, 100).Select(x => x / 10.0).ArrayOf(m * n)
        from weights in Gen.Choose(0, 5).Select(x => (double)x).ArrayOf(n)
        from benefit in Gen.Elements(true, false).ArrayOf(n)
        from sd in Gen.Choose(0, 20).Select(x => x / 10.0).ArrayOf(m * n)
        select Problems.Table(
            Enumerable.Range(0, n).Select(j => $"c{j}").ToArray(),
            Enumerable.Range(0, m).Select(i => values.Skip(i * n).Take(n).ToArray()).ToArray(),
            weights,
            benefit,
            method,
            uncertainty: withUncertainty ? Enumerable.Range(0, m).Select(i => sd.Skip(i * n).Take(n).ToArray()).ToArray() : null,
            samples: withUncertainty ? samples : 0);

    [Property(MaxTest = 150)]
    public Property Weights_used_sum_to_one() =>
        Prop.ForAll(Requests().ToArbitrary(), request =>
            Math.Abs(DecisionEngine.Analyze(request).Weights.Sum(w => w.Weight) - 1) < 1e-12);

    [Property(MaxTest = 150)]
    public Property Scaling_all_weights_changes_no_ranking() =>
        Prop.ForAll(Requests().ToArbitrary(), Gen.Elements(0.001, 0.37, 3.0, 1000.0, 1e6).ToArbitrary(), (request, factor) =>
        {
            var scaled = request with { Weights = request.Weights!.ToDictionary(w => w.Key, w => w.Value * factor) };
            return DecisionEngine.Analyze(scaled).Order().SequenceEqual(DecisionEngine.Analyze(request).Order());
        });

    [Property(MaxTest = 200)]
    public Property An_alternative_at_least_as_good_on_every_criterion_never_ranks_below_the_other() =>
        Prop.ForAll(Requests().Where(r => r.Alternatives.Count >= 2).ToArbitrary(), request =>
        {
            var criteria = request.Criteria;
            var first = request.Alternatives[0].Scores;
            var second = request.Alternatives[1].Scores;
            // Make A1 at least as good as A2 everywhere: the better of the two on benefit criteria, the smaller on cost ones.
            var dominant = criteria.ToDictionary(c => c.Id, c => c.Benefit ? Math.Max(first[c.Id], second[c.Id]) : Math.Min(first[c.Id], second[c.Id]));
            var alternatives = request.Alternatives.ToArray();
            alternatives[0] = alternatives[0] with { Scores = dominant };
            var analysis = DecisionEngine.Analyze(request with { Alternatives = alternatives });
            return analysis.Rank("A1") < analysis.Rank("A2");
        });

    [Property(MaxTest = 60)]
    public Property The_same_input_always_gives_the_same_output() =>
        Prop.ForAll(Requests(withUncertainty: true).ToArbitrary(), request =>
            JsonSerializer.Serialize(DecisionEngine.Analyze(request), DomainJson.Options)
            == JsonSerializer.Serialize(DecisionEngine.Analyze(request), DomainJson.Options));

    [Property(MaxTest = 150)]
    public Property Scores_and_sensitivity_are_always_finite() =>
        Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            var analysis = DecisionEngine.Analyze(request);
            return analysis.Ranking.All(r => double.IsFinite(r.Score) && r.Contributions.Values.All(double.IsFinite))
                && analysis.Sensitivity.Weights.All(s => s.LowerBound >= 0 && s.UpperBound <= 1 && s.LowerBound <= s.UpperBound);
        });

    private static Gen<ClientProfile> Profiles() =>
        from sector in Gen.Elements(Enum.GetValues<Sector>())
        from origin in Gen.Elements(Enum.GetValues<Origin>())
        from regions in Gen.SubListOf(Enum.GetValues<Region>())
        from clouds in Gen.SubListOf(Enum.GetValues<CloudProvider>())
        from data in Gen.SubListOf(Enum.GetValues<DataCategory>())
        from flags in Gen.Elements(true, false).ArrayOf(2)
        from levels in Gen.Elements(Enum.GetValues<Sensitivity>()).ArrayOf(2)
        from geo in Gen.Elements<Sensitivity?>(null, Sensitivity.Low, Sensitivity.Medium, Sensitivity.High, Sensitivity.Critical)
        from priorities in Gen.SubListOf(KnownIds.Criteria.ToArray())
        from priority in Gen.Choose(0, 5)
        from excluded in Gen.SubListOf(KnownIds.Vendors.ToArray())
        from minimums in Gen.SubListOf(KnownIds.Criteria.ToArray())
        from minimum in Gen.Choose(0, 10)
        select new ClientProfile
        {
            Name = "generated",
            Sector = sector,
            Origin = origin,
            Regions = regions.ToArray(),
            ExistingClouds = clouds.ToArray(),
            DataCategories = data.ToArray(),
            CrossBorderTransfer = flags[0],
            ConsumerPaymentsInChina = flags[1],
            LatencySensitivity = levels[0],
            PriceSensitivity = levels[1],
            GeopoliticalRiskSensitivity = geo,
            Priorities = priorities.ToDictionary(id => id, _ => (double)priority),
            Constraints = new ProfileConstraints
            {
                ExcludedVendors = excluded.ToArray(),
                MinimumScores = minimums.ToDictionary(id => id, _ => (double)minimum),
            },
        };

    [Property(MaxTest = 300)]
    public Property Weights_derived_from_any_profile_sum_to_one() =>
        Prop.ForAll(Profiles().ToArbitrary(), profile =>
        {
            var weights = WeightRules.Derive(profile, KnownIds.Criteria);
            return Math.Abs(weights.Sum(w => w.Weight) - 1) < 1e-12 && weights.All(w => w.Weight >= 0);
        });

    [Property(MaxTest = 150)]
    public Property Constraints_never_let_an_excluded_vendor_into_the_ranking() =>
        Prop.ForAll(Profiles().ToArbitrary(), Gen.Elements(AllMethods).ToArbitrary(), (profile, method) =>
        {
            var catalog = TestSupport.Seeds.Catalog();
            var result = Advisor.Recommend(profile, catalog, new AnalysisOptions { Method = method, Samples = 50 });
            var excluded = result.Excluded.Select(e => e.Vendor).ToHashSet();
            var ranked = result.Ranking.Select(r => r.Vendor).ToArray();
            var breaksMinimum = catalog.Vendors.Where(v => profile.Constraints!.MinimumScores.Any(kv => catalog.Assessment(v.Id, kv.Key).Score < kv.Value)).Select(v => v.Id);
            return ranked.All(v => !excluded.Contains(v))
                && profile.Constraints!.ExcludedVendors.All(excluded.Contains)
                && breaksMinimum.All(excluded.Contains)
                && ranked.Length + excluded.Count == catalog.Vendors.Count;
        });
}
