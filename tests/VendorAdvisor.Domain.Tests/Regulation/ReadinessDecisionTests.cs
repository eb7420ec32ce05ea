using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>The documented adjustment rule (regulations.json "adjustment") applied to the vendor catalog.</summary>
public sealed class ReadinessDecisionTests
{
    private static (VendorCatalog Catalog, IReadOnlyList<AssessmentAdjustment> Adjustments, ReadinessReport Report) Adjust(RegulatoryFacts facts, bool transfer = false)
    {
        var report = Regulations.Evaluate(facts, transfer);
        var (catalog, adjustments) = ReadinessDecision.Adjust(TestSupport.Seeds.Catalog(), report, Regulations.Catalog());
        return (catalog, adjustments, report);
    }

    [Fact]
    public void A_conditional_vendor_whose_documented_offer_helps_gains_and_an_unknown_widens_the_uncertainty()
    {
        // Public site + MLPS level 3: Alibaba documents both an ICP filing platform and MLPS pre-checks (+0.25 twice);
        // Huawei documents ICP help (+0.25) but nothing on MLPS (uncertainty +0.25); AWS China documents neither (two unknowns).
        var (catalog, adjustments, _) = Adjust(Regulations.Baseline with { PublicWebsiteInMainland = true, MlpsLevel = 3 });
        var seed = TestSupport.Seeds.Catalog();
        double Score(VendorCatalog c, string v) => c.Assessment(v, KnownIds.RegulatoryAlignment).Score;
        double Spread(VendorCatalog c, string v) => c.Assessment(v, KnownIds.RegulatoryAlignment).Uncertainty;

        (Score(catalog, KnownIds.AlibabaCloud) - Score(seed, KnownIds.AlibabaCloud)).ShouldBe(0.5);
        (Score(catalog, KnownIds.HuaweiCloud) - Score(seed, KnownIds.HuaweiCloud)).ShouldBe(0.25);
        (Spread(catalog, KnownIds.HuaweiCloud) - Spread(seed, KnownIds.HuaweiCloud)).ShouldBe(0.25, 1e-12);
        Score(catalog, KnownIds.AwsChina).ShouldBe(Score(seed, KnownIds.AwsChina));
        (Spread(catalog, KnownIds.AwsChina) - Spread(seed, KnownIds.AwsChina)).ShouldBe(0.5, 1e-12);
        adjustments.ShouldAllBe(a => a.RuleId == "regulatory-alignment-readiness-2026.1" && a.CatalogueVersion == "2026.1");
        catalog.Assessment(KnownIds.AlibabaCloud, KnownIds.RegulatoryAlignment).OverriddenBy!.ShouldContain("readiness rule");
        // Other criteria are untouched.
        catalog.Assessment(KnownIds.AlibabaCloud, KnownIds.Price).Score.ShouldBe(seed.Assessment(KnownIds.AlibabaCloud, KnownIds.Price).Score);
        catalog.Assessment(KnownIds.AlibabaCloud, KnownIds.Price).OverriddenBy.ShouldBeNull();
    }

    [Fact]
    public void Ready_unknown_and_blocked_vendors_are_not_adjusted()
    {
        Adjust(Regulations.Baseline).Adjustments.ShouldBeEmpty(); // ready
        Adjust(Regulations.Baseline with { MlpsLevel = null, PublicWebsiteInMainland = true }).Adjustments.ShouldBeEmpty(); // unknown
        Adjust(Regulations.Baseline with { CoreData = true, PersonalInformationSubjectsPerYear = 10 }, transfer: true).Adjustments.ShouldBeEmpty(); // blocked
    }

    [Fact]
    public void The_move_stays_within_the_rule_bounds_and_the_catalog_scale()
    {
        var rules = Regulations.Catalog();
        var generous = rules with { Adjustment = rules.Adjustment with { Helps = 5, MaxDelta = 0.5 } };
        var report = ReadinessEvaluator.Evaluate(false, Regulations.Baseline with { PublicWebsiteInMainland = true, MlpsLevel = 3 }, KnownIds.Vendors, generous);
        var seed = TestSupport.Seeds.Catalog();
        var (catalog, _) = ReadinessDecision.Adjust(seed, report, generous);
        var before = seed.Assessment(KnownIds.AlibabaCloud, KnownIds.RegulatoryAlignment).Score;
        catalog.Assessment(KnownIds.AlibabaCloud, KnownIds.RegulatoryAlignment).Score.ShouldBe(Math.Min(before + 0.5, seed.ScaleMax));
    }
}
