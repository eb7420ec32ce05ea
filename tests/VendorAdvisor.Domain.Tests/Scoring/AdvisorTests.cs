using System.Text.Json;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class AdvisorTests
{
    private static readonly AnalysisOptions Quick = new() { Samples = 500 };

    private static ClientProfile Pharma() => TestSupport.Seeds.Profile("multinational-pharma");

    [Fact]
    public void Contributions_add_up_to_the_weighted_sum_score()
    {
        var result = Advisor.Recommend(Pharma(), TestSupport.Seeds.Catalog(), Quick);

        result.Ranking.ShouldAllBe(r => Math.Abs(r.Contributions.Values.Sum() - r.Score) < 1e-12);
        result.Ranking.Select(r => r.Rank).ShouldBe([1, 2, 3, 4]);
        result.Ranking.Zip(result.Ranking.Skip(1)).ShouldAllBe(p => p.First.Score >= p.Second.Score);
    }

    [Fact]
    public void Manifest_records_everything_needed_to_reproduce_the_result()
    {
        var manifest = Advisor.Recommend(Pharma(), TestSupport.Seeds.Catalog(), Quick).Manifest;

        manifest.EngineVersion.ShouldBe(DecisionEngine.EngineVersion);
        manifest.CatalogVersion.ShouldBe("2025.1");
        manifest.Method.ShouldBe(McdaMethod.WeightedSum);
        manifest.Normalisation.ShouldContain("fixed scale 0..10");
        manifest.RandomIndex.ShouldContain("0.58");
        manifest.WeightDerivation.ShouldContain(WeightRules.Version);
        manifest.Seed.ShouldBe(DecisionEngine.DefaultSeed);
        manifest.Samples.ShouldBe(500);
        manifest.TieBreak.ShouldBe(TieBreak.Rule);
        manifest.Sampler.ShouldContain("xoshiro256**");
        manifest.Clamping.ShouldBe("samples clamped to [0, 10]");
    }

    [Fact]
    public void Strengths_and_weaknesses_are_sentences_built_from_the_rationales()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var aws = Advisor.Recommend(Pharma(), catalog, Quick).Ranking.Single(r => r.Vendor == KnownIds.AwsChina);

        aws.Strengths[0].ShouldStartWith("Strong on multinational footprint: 8.5/10");
        aws.Strengths[0].ShouldEndWith(catalog.Assessment(KnownIds.AwsChina, KnownIds.MultinationalFootprint).Rationale);
        aws.Weaknesses.ShouldNotBeEmpty();
        aws.Weaknesses.ShouldAllBe(w => w.StartsWith("Weak on ", StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_carry_their_provenance()
    {
        var weights = Advisor.Recommend(Pharma(), TestSupport.Seeds.Catalog(), Quick).Weights;

        var footprint = weights.Single(w => w.Criterion == KnownIds.MultinationalFootprint);
        footprint.Source.ShouldBe("derived");
        footprint.Adjustments.ShouldContain(a => a.Attribute == "existingClouds" && a.Value == "aws" && a.Points == 3);
        weights.Sum(w => w.Weight).ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Ahp_pairwise_weights_replace_the_derived_ones_and_report_consistency()
    {
        // Footprint judged 3x as important as everything else, everything else equal: consistent by construction.
        var ids = KnownIds.Criteria;
        var matrix = ids.Select(r => (IReadOnlyList<double>)ids.Select(c => r == c ? 1.0
            : r == KnownIds.MultinationalFootprint ? 3.0 : c == KnownIds.MultinationalFootprint ? 1 / 3.0 : 1.0).ToArray()).ToArray();

        var result = Advisor.Recommend(Pharma(), TestSupport.Seeds.Catalog(), Quick with { PairwiseMatrix = matrix });

        result.AhpConsistency!.Consistent.ShouldBeTrue();
        result.Weights.Single(w => w.Criterion == KnownIds.MultinationalFootprint).Weight.ShouldBe(3 / 8.0, 1e-12);
        result.Weights.ShouldAllBe(w => w.Source == "ahp-pairwise");
        result.Manifest.WeightDerivation.ShouldStartWith("AHP pairwise matrix");
    }

    [Fact]
    public void Constraints_remove_vendors_with_the_reason()
    {
        var profile = Pharma() with
        {
            Constraints = new ProfileConstraints
            {
                ExcludedVendors = [KnownIds.HuaweiCloud],
                MinimumScores = new Dictionary<string, double> { [KnownIds.Latency] = 5 },
            },
        };

        var result = Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick);

        result.Excluded.Select(e => e.Vendor).ShouldBe([KnownIds.HuaweiCloud, KnownIds.AwsChina]);
        result.Excluded[0].Reason.ShouldBe("the client's constraints exclude it");
        result.Excluded[1].Reason.ShouldBe("it scores 4 on latency, below the client's minimum of 5");
        result.Ranking.Select(r => r.Vendor).ShouldBe([KnownIds.AlibabaCloud, KnownIds.TencentCloud], ignoreOrder: true);
    }

    [Fact]
    public void Excluding_every_vendor_gives_an_empty_ranking_and_a_warning_not_an_error()
    {
        var profile = Pharma() with { Constraints = new ProfileConstraints { ExcludedVendors = KnownIds.Vendors } };

        var result = Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick);

        result.Ranking.ShouldBeEmpty();
        result.Excluded.Count.ShouldBe(4);
        result.Sensitivity.Winner.ShouldBeNull();
        result.Warnings.ShouldContain(w => w.StartsWith("every vendor was removed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tenant_override_changes_the_result_and_is_listed_in_the_manifest()
    {
        var catalog = TestSupport.Seeds.Catalog().WithOverride(new AssessmentOverride(KnownIds.AwsChina, KnownIds.PaymentIntegration, 9, 0.5, "Our integrator built the wallet connectors.", OverriddenBy: "acme"));

        var result = Advisor.Recommend(Pharma(), catalog, Quick);

        result.Manifest.CatalogVersion.ShouldBe("2025.1+override");
        result.Manifest.OverriddenAssessments.ShouldBe(["aws-china/payment-integration by acme"]);
    }

    [Fact]
    public void Invalid_profile_is_a_domain_error_listing_every_problem()
    {
        var profile = Pharma() with { Priorities = new Dictionary<string, double> { ["speed"] = 3 } };

        Should.Throw<DecisionInputException>(() => Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick))
            .Message.ShouldContain("priorities.speed: 'speed' is not a criterion");
    }

    [Theory]
    [InlineData(McdaMethod.WeightedSum)]
    [InlineData(McdaMethod.Topsis)]
    [InlineData(McdaMethod.Ahp)]
    public void Result_serialises_to_json_with_kebab_case_enums(McdaMethod method)
    {
        var result = Advisor.Recommend(Pharma(), TestSupport.Seeds.Catalog(), Quick with { Method = method });

        var json = JsonSerializer.Serialize(result, DomainJson.Options);

        json.ShouldContain($"\"method\":\"{KnownIds.JsonName(method)}\"");
        json.ShouldContain("\"probabilityFirst\"");
        json.ShouldNotContain("NaN");
        result.Ranking.ShouldAllBe(r => double.IsFinite(r.Score));
    }

    [Fact]
    public void Topsis_and_ahp_agree_with_weighted_sum_on_the_pharma_winner()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var winners = new[] { McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp }
            .Select(m => Advisor.Recommend(Pharma(), catalog, Quick with { Method = m }).Ranking[0].Vendor);

        winners.ShouldAllBe(w => w == KnownIds.AwsChina);
    }
}
