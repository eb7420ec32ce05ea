using System.Text.Json;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>Readiness folded into the recommendation: exclusions, the documented adjustment, provenance and manifest.</summary>
public sealed class RegulatedAdvisorTests
{
    private static readonly AnalysisOptions Quick = new() { Samples = 500 };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);

    [Fact]
    public void Without_a_regulation_catalogue_it_is_exactly_the_plain_advisor()
    {
        // Recommendations recorded before the catalogue existed replay through this path.
        var profile = TestSupport.Seeds.Profile("multinational-pharma");
        Json(RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), null, Quick))
            .ShouldBe(Json(Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick)));
    }

    [Fact]
    public void A_profile_without_facts_gets_an_unknown_readiness_and_the_same_ranking()
    {
        // Unknown is reported, never acted on: no exclusion, no adjustment.
        var profile = TestSupport.Seeds.Profile("mobile-game-studio");
        var plain = Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick);
        var regulated = RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), Regulations.Catalog(), Quick);
        regulated.Readiness!.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Unknown);
        Json(regulated.Ranking).ShouldBe(Json(plain.Ranking));
        regulated.Manifest.RegulationCatalogueVersion.ShouldBe("2026.1");
    }

    [Fact]
    public void Conditional_readiness_moves_regulatory_alignment_and_says_so_in_the_weights_and_the_manifest()
    {
        var profile = TestSupport.Seeds.Profile("mobile-game-studio") with
        {
            Regulatory = Regulations.Baseline with { PublicWebsiteInMainland = true, MlpsLevel = 3 },
        };
        var result = RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), Regulations.Catalog(), Quick);
        var weight = result.Weights.Single(w => w.Criterion == KnownIds.RegulatoryAlignment);
        var provenance = weight.Adjustments.Single(a => a.Rule == "regulatory-alignment-readiness-2026.1");
        provenance.Points.ShouldBe(0); // the weight does not move; the assessments do
        provenance.Reason.ShouldContain("alibaba-cloud 8.5 -> 9");
        result.Manifest.ReadinessRule.ShouldBe("regulatory-alignment-readiness-2026.1");
        result.Manifest.OverriddenAssessments.ShouldContain(a => a.StartsWith("alibaba-cloud/regulatory-alignment by readiness rule", StringComparison.Ordinal));
        // The contribution of regulatory alignment grows for the vendor whose documented help raised its score.
        var plain = Advisor.Recommend(profile, TestSupport.Seeds.Catalog(), Quick);
        double Part(RecommendationResult r, string v) => r.Ranking.Single(x => x.Vendor == v).Contributions[KnownIds.RegulatoryAlignment];
        Part(result, KnownIds.AlibabaCloud).ShouldBeGreaterThan(Part(plain, KnownIds.AlibabaCloud));
        Part(result, KnownIds.AwsChina).ShouldBe(Part(plain, KnownIds.AwsChina));
    }

    [Fact]
    public void Blocked_vendors_leave_the_ranking_with_the_readiness_reason_beside_the_clients_own()
    {
        var profile = TestSupport.Seeds.Profile("mobile-game-studio") with
        {
            CrossBorderTransfer = true,
            Regulatory = Regulations.Baseline with { CoreData = true },
            Constraints = new ProfileConstraints { ExcludedVendors = [KnownIds.AwsChina] },
        };
        var result = RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), Regulations.Catalog(), Quick);
        result.Ranking.ShouldBeEmpty();
        result.Excluded.Select(e => e.Vendor).ShouldBe(KnownIds.Vendors, ignoreOrder: true);
        // The client had already excluded AWS China itself: both reasons are kept.
        var aws = result.Excluded.Single(e => e.Vendor == KnownIds.AwsChina).Reason;
        aws.ShouldContain("the client's constraints exclude it");
        aws.ShouldContain(ReadinessRules.CoreDataNoTransfer);
        result.Warnings.ShouldContain(w => w.Contains("every vendor was removed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_inputs_give_the_same_result_to_the_last_digit()
    {
        var profile = TestSupport.Seeds.Profile("multinational-pharma") with
        {
            Regulatory = Regulations.Baseline with { PersonalInformationSubjectsPerYear = 2_000_000, MlpsLevel = 3 },
        };
        Json(RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), Regulations.Catalog(), Quick))
            .ShouldBe(Json(RegulatedAdvisor.Recommend(profile, TestSupport.Seeds.Catalog(), Regulations.Catalog(), Quick)));
    }
}
