using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>The four archetypes of issue 14, each with the reason its answer follows from the cited rules.</summary>
public sealed class ReadinessArchetypeTests
{
    /// <summary>What must be done before go-live (informational entries, such as MLPS level 1, left out).</summary>
    private static Obligation[] ToDo(ReadinessReport report) => report.ClientObligations.Where(o => o.Effect != ReadinessStatus.Ready).ToArray();

    [Fact]
    public void Domestic_game_studio_with_a_mainland_website_needs_an_ICP_filing_and_nothing_else_and_is_conditional()
    {
        // A free-to-browse site served from the mainland needs an ICP filing before it goes live (MIIS Art. 4; MII Order 33);
        // the studio sends nothing abroad, so no transfer mechanism applies.
        var report = Regulations.Evaluate(Regulations.Baseline with { PublicWebsiteInMainland = true, CommercialInternetService = false }, crossBorderTransfer: false);
        report.Transfer.Route.ShouldBe(TransferRoute.NotApplicable);
        var icp = ToDo(report).ShouldHaveSingleItem();
        icp.RuleId.ShouldBe(ReadinessRules.IcpFiling);
        icp.Who.ShouldContain("client");
        icp.LeadTime.Max.ShouldBe(20);
        icp.LeadTime.Basis.ShouldBe(LeadTimeBasis.Sourced);
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Conditional);
        // Which provider helps with the filing is vendor-specific: Alibaba documents a filing platform, AWS China's help is unknown.
        report.Vendor(KnownIds.AlibabaCloud).VendorSpecific.ShouldContain(n => n.Topic == "icp" && n.Support == VendorSupport.Helps);
        report.Vendor(KnownIds.AwsChina).VendorSpecific.ShouldContain(n => n.Topic == "icp" && n.Support == VendorSupport.Unknown);
    }

    [Fact]
    public void Game_studio_selling_in_game_services_needs_an_ICP_licence_not_a_filing()
    {
        // Charging for information services online is commercial (MIIS Art. 3): a licence, with no sourced lead time.
        var report = Regulations.Evaluate(Regulations.Baseline with { PublicWebsiteInMainland = true, CommercialInternetService = true }, crossBorderTransfer: false);
        var licence = ToDo(report).ShouldHaveSingleItem();
        licence.RuleId.ShouldBe(ReadinessRules.IcpLicence);
        licence.LeadTime.Basis.ShouldBe(LeadTimeBasis.Unknown);
    }

    [Fact]
    public void Pharma_multinational_sending_2_million_individuals_data_abroad_needs_the_security_assessment_before_go_live()
    {
        // 2,000,000 is at or above the 1,000,000 assessment tier (Provisions Art. 7): the CAC must assess before the
        // transfer starts; the individuals must also be told and consent separately (PIPL Art. 39).
        var report = Regulations.Evaluate(Regulations.Baseline with { PersonalInformationSubjectsPerYear = 2_000_000, MlpsLevel = 3 });
        report.Transfer.Route.ShouldBe(TransferRoute.SecurityAssessment);
        report.ClientObligations.Select(o => o.RuleId).ShouldBe(
            [ReadinessRules.SecurityAssessment, ReadinessRules.NoticeAndConsent, ReadinessRules.MlpsFiling], ignoreOrder: true);
        var assessment = report.ClientObligations.Single(o => o.RuleId == ReadinessRules.SecurityAssessment);
        assessment.Why.ShouldContain("2,000,000");
        assessment.CatalogueVersion.ShouldBe(report.CatalogueVersion);
        assessment.Sources.Select(s => s.SourceId).ShouldContain("cbdf-provisions-2024");
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Conditional);
        // Its global estate is on AWS: the China regions are a separate partition, so AWS China does not make the transfer
        // internal; the fact is listed for AWS China alone.
        report.Vendor(KnownIds.AwsChina).VendorSpecific.ShouldContain(n => n.FactId == "aws-china-separate-partition");
        report.Vendor(KnownIds.AlibabaCloud).VendorSpecific.ShouldNotContain(n => n.FactId == "aws-china-separate-partition");
        // MLPS level 3: filing, and evaluation at least yearly (2007 Measures Art. 14).
        report.ClientObligations.Single(o => o.RuleId == ReadinessRules.MlpsFiling).Recurrence!.ShouldContain("once a year");
    }

    [Fact]
    public void EV_maker_with_core_data_cannot_send_it_abroad_so_every_vendor_is_blocked()
    {
        // Core data is under the strictest regime (DSL Art. 21) and the cited texts publish no export route: a plan that
        // sends data abroad while holding core data is blocked until it shows the core data stays home. No choice of
        // provider changes that, so every vendor carries the block.
        var report = Regulations.Evaluate(Regulations.Baseline with { CoreData = true, ImportantData = true, PersonalInformationSubjectsPerYear = 400_000 });
        report.Transfer.Route.ShouldBe(TransferRoute.NotPermitted);
        report.ClientObligations.ShouldContain(o => o.RuleId == ReadinessRules.CoreDataNoTransfer && o.Effect == ReadinessStatus.Blocked);
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Blocked);
        ReadinessDecision.Exclusions(report).Select(e => e.Vendor).ShouldBe(KnownIds.Vendors, ignoreOrder: true);
        ReadinessDecision.Exclusions(report)[0].Reason.ShouldContain(ReadinessRules.CoreDataNoTransfer);
    }

    [Fact]
    public void Startup_sending_50_thousand_individuals_ordinary_data_is_exempt_from_filings_but_must_still_get_consent()
    {
        // Fewer than 100,000 individuals' ordinary personal information, no sensitive information, not a CIIO: none of the
        // three mechanisms (Provisions Art. 5(4)). The PIPL's notice and separate consent (Art. 39) still apply.
        var report = Regulations.Evaluate(Regulations.Baseline with { PersonalInformationSubjectsPerYear = 50_000 });
        report.Transfer.Route.ShouldBe(TransferRoute.NoMechanism);
        report.ClientObligations.Select(o => o.RuleId).ShouldBe([ReadinessRules.BelowThresholds, ReadinessRules.NoticeAndConsent, ReadinessRules.MlpsLevel1]);
        ToDo(report).ShouldHaveSingleItem().RuleId.ShouldBe(ReadinessRules.NoticeAndConsent);
        report.ClientObligations.Single(o => o.RuleId == ReadinessRules.BelowThresholds).Effect.ShouldBe(ReadinessStatus.Ready);
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Conditional);
    }
}
