using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

public sealed class ReadinessEvaluatorTests
{
    [Fact]
    public void A_fully_known_client_with_nothing_to_do_is_ready_with_every_vendor()
    {
        var report = Regulations.Evaluate(Regulations.Baseline, crossBorderTransfer: false);
        report.Unknowns.ShouldBeEmpty();
        report.ClientObligations.Select(o => o.RuleId).ShouldBe([ReadinessRules.MlpsLevel1]);
        report.Vendors.Select(v => v.Vendor).ShouldBe(KnownIds.Vendors);
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Ready);
    }

    [Fact]
    public void A_client_with_no_facts_is_unknown_and_every_open_fact_is_named_with_what_it_decides()
    {
        var report = ReadinessEvaluator.Evaluate(true, null, KnownIds.Vendors, Regulations.Catalog());
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Unknown);
        report.Unknowns.Select(u => u.Fact).ShouldBe(
            ["coreData", "importantData", "criticalInformationInfrastructureOperator", "personalInformationSubjectsPerYear",
             "sensitivePersonalInformationSubjectsPerYear", "mlpsLevel", "publicWebsiteInMainland"], ignoreOrder: true);
        report.Unknowns.ShouldAllBe(u => u.Decides.Length > 0);
        report.ClientObligations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2, "not set by the cited Measures")]
    [InlineData(3, "at least once a year")]
    [InlineData(4, "every six months")]
    [InlineData(5, "special security requirements")]
    public void MLPS_level_two_and_above_must_be_filed_and_evaluated_at_the_published_cadence(int level, string cadence)
    {
        var report = Regulations.Evaluate(Regulations.Baseline with { MlpsLevel = level }, crossBorderTransfer: false);
        var mlps = report.ClientObligations.ShouldHaveSingleItem();
        mlps.RuleId.ShouldBe(ReadinessRules.MlpsFiling);
        mlps.Recurrence!.ShouldContain(cadence);
        // A certified platform does not certify the tenant's system: the client acts, and the rule says so.
        mlps.Who.ShouldBe(["client"]);
        Regulations.Catalog().Rule(ReadinessRules.MlpsFiling).Summary.ShouldContain("does not grade, file or evaluate the client's system");
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Conditional);
    }

    [Fact]
    public void MLPS_level_one_needs_no_filing()
    {
        Regulations.Evaluate(Regulations.Baseline, crossBorderTransfer: false).ClientObligations.ShouldHaveSingleItem().Effect.ShouldBe(ReadinessStatus.Ready);
    }

    [Fact]
    public void A_public_site_of_unknown_kind_needs_at_least_a_filing_and_leaves_the_licence_question_open()
    {
        var report = Regulations.Evaluate(Regulations.Baseline with { PublicWebsiteInMainland = true, CommercialInternetService = null }, crossBorderTransfer: false);
        report.ClientObligations.Where(o => o.Effect != ReadinessStatus.Ready).ShouldHaveSingleItem().RuleId.ShouldBe(ReadinessRules.IcpFiling);
        report.Unknowns.ShouldHaveSingleItem().Fact.ShouldBe("commercialInternetService");
        report.Vendors.ShouldAllBe(v => v.Status == ReadinessStatus.Unknown);
    }

    [Fact]
    public void A_critical_information_infrastructure_operator_must_store_in_mainland_even_without_transfers()
    {
        var report = Regulations.Evaluate(Regulations.Baseline with { CriticalInformationInfrastructureOperator = true }, crossBorderTransfer: false);
        report.ClientObligations.ShouldContain(o => o.RuleId == ReadinessRules.CiioLocalisation && o.Effect == ReadinessStatus.Conditional);
    }

    [Fact]
    public void Client_wide_obligations_are_listed_once_and_vendor_facts_only_for_topics_the_client_triggers()
    {
        // Nothing abroad, no public site, level 1: only the always-relevant operator fact of AWS China shows.
        var quiet = Regulations.Evaluate(Regulations.Baseline, crossBorderTransfer: false);
        quiet.Vendor(KnownIds.AwsChina).VendorSpecific.Select(n => n.FactId).ShouldBe(["aws-china-operators"]);
        quiet.Vendor(KnownIds.AlibabaCloud).VendorSpecific.ShouldBeEmpty();

        var busy = Regulations.Evaluate(Regulations.Baseline with { PublicWebsiteInMainland = true, MlpsLevel = 3, PersonalInformationSubjectsPerYear = 200_000 });
        busy.Vendor(KnownIds.HuaweiCloud).VendorSpecific.Select(n => n.Topic).ShouldBe(["icp", "mlps"], ignoreOrder: true);
        busy.Vendor(KnownIds.HuaweiCloud).VendorSpecific.Single(n => n.Topic == "mlps").Support.ShouldBe(VendorSupport.Unknown);
        busy.ClientObligations.Count(o => o.RuleId == ReadinessRules.StandardContract).ShouldBe(1);
    }

    [Fact]
    public void A_vendor_fact_that_blocks_blocks_only_that_vendor()
    {
        // No published fact blocks a vendor today; the evaluator still honours one when a catalogue version adds it.
        var catalog = Regulations.Catalog();
        catalog = catalog with
        {
            VendorFacts = [.. catalog.VendorFacts, new VendorFact("test-block", KnownIds.HuaweiCloud, "icp", VendorSupport.Blocks, "cannot host this site", ["vendor"], ["miis-2000"])],
        };
        var report = ReadinessEvaluator.Evaluate(false, Regulations.Baseline with { PublicWebsiteInMainland = true }, KnownIds.Vendors, catalog);
        report.Vendor(KnownIds.HuaweiCloud).Status.ShouldBe(ReadinessStatus.Blocked);
        report.Vendor(KnownIds.AlibabaCloud).Status.ShouldBe(ReadinessStatus.Conditional);
        ReadinessDecision.Exclusions(report).ShouldHaveSingleItem().Reason.ShouldContain("cannot host this site");
    }

    [Fact]
    public void Bad_facts_are_refused_with_their_field_paths()
    {
        var facts = Regulations.Baseline with { MlpsLevel = 6, PersonalInformationSubjectsPerYear = -1, TransferExemptions = ["tourism"] };
        var problems = facts.Validate(Regulations.Catalog());
        problems.Select(p => p.Field).ShouldBe(
            ["regulatory.personalInformationSubjectsPerYear", "regulatory.mlpsLevel", "regulatory.transferExemptions[0]"], ignoreOrder: true);
        Should.Throw<DecisionInputException>(() => Regulations.Evaluate(facts)).Message.ShouldContain("mlpsLevel");
    }

    [Fact]
    public void The_same_facts_give_the_same_report_to_the_last_character()
    {
        var facts = Regulations.Baseline with { PersonalInformationSubjectsPerYear = 123_456, PublicWebsiteInMainland = true, MlpsLevel = 2 };
        var first = System.Text.Json.JsonSerializer.Serialize(Regulations.Evaluate(facts), DomainJson.Options);
        var second = System.Text.Json.JsonSerializer.Serialize(Regulations.Evaluate(facts), DomainJson.Options);
        second.ShouldBe(first);
    }
}
