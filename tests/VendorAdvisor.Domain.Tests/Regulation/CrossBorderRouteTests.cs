using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>
/// One below, at and above every published threshold. The boundaries follow the Chinese text: 以上 includes the number
/// (1,000,000 ordinary or 10,000 sensitive individuals go to the assessment), 不满 excludes it (99,999 ordinary needs
/// nothing; 9,999 sensitive needs the contract or certification). Each case starts from a fully known, harmless client.
/// </summary>
public sealed class CrossBorderRouteTests
{
    private static TransferRoute Route(RegulatoryFacts facts, bool crossBorderTransfer = true) =>
        CrossBorderRoute.Decide(crossBorderTransfer, facts, Regulations.Catalog()).Transfer.Route;

    private static RegulatoryFacts Ordinary(long n) => Regulations.Baseline with { PersonalInformationSubjectsPerYear = n };

    private static RegulatoryFacts Sensitive(long n) => Regulations.Baseline with { SensitivePersonalInformationSubjectsPerYear = n };

    [Theory]
    [InlineData(99_999, TransferRoute.NoMechanism)] // 不满10万人: exempt (Art. 5(4))
    [InlineData(100_000, TransferRoute.StandardContractOrCertification)] // 10万人以上 includes 100,000
    [InlineData(100_001, TransferRoute.StandardContractOrCertification)]
    [InlineData(999_999, TransferRoute.StandardContractOrCertification)] // 不满100万人
    [InlineData(1_000_000, TransferRoute.SecurityAssessment)] // 100万人以上 includes 1,000,000
    [InlineData(1_000_001, TransferRoute.SecurityAssessment)]
    public void Ordinary_personal_information_follows_the_three_tiers_at_their_boundaries(long subjects, TransferRoute expected) =>
        Route(Ordinary(subjects)).ShouldBe(expected);

    [Theory]
    [InlineData(0, TransferRoute.NoMechanism)] // none sent: nothing to count
    [InlineData(1, TransferRoute.StandardContractOrCertification)] // 不满1万人 sensitive: any at all needs a mechanism
    [InlineData(9_999, TransferRoute.StandardContractOrCertification)]
    [InlineData(10_000, TransferRoute.SecurityAssessment)] // 1万人以上 includes 10,000
    [InlineData(10_001, TransferRoute.SecurityAssessment)]
    public void Sensitive_personal_information_is_counted_separately_and_has_no_free_tier(long subjects, TransferRoute expected) =>
        Route(Sensitive(subjects)).ShouldBe(expected);

    [Fact]
    public void The_more_demanding_of_the_two_counts_decides_the_route()
    {
        // 50,000 ordinary alone needs nothing, but one sensitive record pulls the whole transfer into the contract tier.
        Route(Regulations.Baseline with { PersonalInformationSubjectsPerYear = 50_000, SensitivePersonalInformationSubjectsPerYear = 1 })
            .ShouldBe(TransferRoute.StandardContractOrCertification);
    }

    [Fact]
    public void A_critical_information_infrastructure_operator_goes_to_the_assessment_for_any_personal_information()
    {
        // Volumes that would be free for anyone else go to the assessment for a CIIO (Provisions Art. 7; PIPL Art. 40).
        Route(Ordinary(1) with { CriticalInformationInfrastructureOperator = true }).ShouldBe(TransferRoute.SecurityAssessment);
        // A CIIO sending no personal information at all has nothing to assess on that account.
        Route(Regulations.Baseline with { CriticalInformationInfrastructureOperator = true }).ShouldBe(TransferRoute.NoMechanism);
    }

    [Fact]
    public void Important_data_goes_to_the_assessment_whatever_the_volume()
    {
        Route(Regulations.Baseline with { ImportantData = true }).ShouldBe(TransferRoute.SecurityAssessment);
    }

    [Fact]
    public void Core_data_in_a_plan_that_sends_data_abroad_is_not_permitted()
    {
        Route(Regulations.Baseline with { CoreData = true, ImportantData = true }).ShouldBe(TransferRoute.NotPermitted);
    }

    [Fact]
    public void Without_a_planned_transfer_nothing_applies_even_for_core_data()
    {
        Route(Regulations.Baseline with { CoreData = true }, crossBorderTransfer: false).ShouldBe(TransferRoute.NotApplicable);
    }

    [Fact]
    public void A_count_above_zero_is_a_transfer_even_when_the_profile_flag_says_none()
    {
        // The counts are the finer fact: 200,000 individuals abroad is a transfer whatever crossBorderTransfer says.
        Route(Ordinary(200_000), crossBorderTransfer: false).ShouldBe(TransferRoute.StandardContractOrCertification);
    }

    [Theory]
    [InlineData("personalInformationSubjectsPerYear")]
    [InlineData("sensitivePersonalInformationSubjectsPerYear")]
    [InlineData("criticalInformationInfrastructureOperator")]
    [InlineData("importantData")]
    [InlineData("coreData")]
    public void An_unknown_fact_that_could_raise_the_route_leaves_it_unknown_and_is_named(string fact)
    {
        var facts = fact switch
        {
            "personalInformationSubjectsPerYear" => Regulations.Baseline with { PersonalInformationSubjectsPerYear = null },
            "sensitivePersonalInformationSubjectsPerYear" => Regulations.Baseline with { SensitivePersonalInformationSubjectsPerYear = null },
            "criticalInformationInfrastructureOperator" => Ordinary(5) with { CriticalInformationInfrastructureOperator = null },
            "importantData" => Regulations.Baseline with { ImportantData = null },
            _ => Regulations.Baseline with { CoreData = null },
        };
        var result = CrossBorderRoute.Decide(true, facts, Regulations.Catalog());
        result.Transfer.Route.ShouldBe(TransferRoute.Unknown);
        result.Transfer.AtLeast.ShouldBe(TransferRoute.NoMechanism);
        result.Unknowns.Select(u => u.Fact).ShouldContain(fact);
    }

    [Fact]
    public void An_unknown_fact_that_cannot_raise_the_route_further_does_not_make_it_unknown()
    {
        // 2,000,000 individuals already require the assessment; an unknown sensitive count or CIIO status cannot add to it,
        // but unknown core data could still forbid the plan, so only coreData stays open.
        var facts = Ordinary(2_000_000) with { SensitivePersonalInformationSubjectsPerYear = null, CriticalInformationInfrastructureOperator = null };
        Route(facts).ShouldBe(TransferRoute.SecurityAssessment);
        var open = CrossBorderRoute.Decide(true, facts with { CoreData = null }, Regulations.Catalog());
        open.Transfer.Route.ShouldBe(TransferRoute.Unknown);
        open.Transfer.AtLeast.ShouldBe(TransferRoute.SecurityAssessment);
        open.Unknowns.Select(u => u.Fact).ShouldBe(["coreData"]);
    }

    [Theory]
    [InlineData("contract-with-individual")] // Art. 5(1): e.g. cross-border shopping, remittance, bookings
    [InlineData("cross-border-hr")] // Art. 5(2): the client's own employees
    [InlineData("emergency")] // Art. 5(3): life, health, property
    [InlineData("overseas-collected-transit")] // Art. 4: collected abroad, processed here, sent back
    [InlineData("free-trade-zone-negative-list")] // Art. 6: outside a zone's negative list
    public void Each_exemption_by_purpose_lifts_the_mechanisms_for_personal_information_whatever_the_volume(string exemption)
    {
        var facts = Regulations.Baseline with
        {
            PersonalInformationSubjectsPerYear = 5_000_000,
            SensitivePersonalInformationSubjectsPerYear = 50_000,
            CriticalInformationInfrastructureOperator = true,
            TransferExemptions = [exemption],
        };
        var result = CrossBorderRoute.Decide(true, facts, Regulations.Catalog());
        result.Transfer.Route.ShouldBe(TransferRoute.NoMechanism);
        result.ExemptionsApplied.ShouldBe([exemption]);
        // The exemption covers personal information, never important data.
        Route(facts with { ImportantData = true }).ShouldBe(TransferRoute.SecurityAssessment);
    }

    [Fact]
    public void The_trade_data_exemption_covers_only_data_without_personal_information()
    {
        // Art. 3 exempts trade, transport, research and manufacturing data that holds no personal information: the
        // 300,000 individuals' personal information in the same transfer still counts.
        var facts = Ordinary(300_000) with { TransferExemptions = ["trade-data-without-personal-information"] };
        Route(facts).ShouldBe(TransferRoute.StandardContractOrCertification);
        Route(Regulations.Baseline with { TransferExemptions = ["trade-data-without-personal-information"] }).ShouldBe(TransferRoute.NoMechanism);
    }

    [Fact]
    public void Thresholds_come_from_the_catalogue_not_from_code()
    {
        // A catalogue version that moved the contract tier moves the route with it.
        var moved = Regulations.Catalog() is var c ? c with { Thresholds = c.Thresholds with { StandardContractOrdinarySubjects = 50_000 } } : null;
        CrossBorderRoute.Decide(true, Ordinary(60_000), moved!).Transfer.Route.ShouldBe(TransferRoute.StandardContractOrCertification);
        Route(Ordinary(60_000)).ShouldBe(TransferRoute.NoMechanism);
    }
}
