using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

public sealed class RegulationCatalogTests
{
    [Fact]
    public void The_published_catalogue_parses_and_every_claim_cites_a_known_source()
    {
        var catalog = Regulations.Catalog();
        RegulationCatalogJson.Validate(catalog).ShouldBeEmpty();
        var sources = catalog.Sources.Select(s => s.Id).ToHashSet();
        catalog.Rules.ShouldAllBe(r => r.Citations.Count > 0 && r.Citations.All(c => sources.Contains(c.SourceId)));
        catalog.Exemptions.ShouldAllBe(e => e.Citations.Count > 0);
        catalog.Thresholds.Citations.ShouldNotBeEmpty();
        catalog.Sources.ShouldAllBe(s => s.Url.StartsWith("http", StringComparison.Ordinal) && s.IssuingBody.Length > 0);
        catalog.Disclaimer.ShouldContain("not legal advice");
    }

    [Fact]
    public void The_thresholds_are_the_published_figures()
    {
        // Provisions on Promoting and Regulating Cross-Border Data Flows (CAC, 22 March 2024), Articles 5(4), 7 and 8.
        var t = Regulations.Catalog().Thresholds;
        t.SecurityAssessmentOrdinarySubjects.ShouldBe(1_000_000);
        t.SecurityAssessmentSensitiveSubjects.ShouldBe(10_000);
        t.StandardContractOrdinarySubjects.ShouldBe(100_000);
        t.CountingPeriod.ShouldContain("1 January of the current year");
        var provisions = Regulations.Catalog().Source("cbdf-provisions-2024");
        provisions.IssuingBody.ShouldContain("Cyberspace Administration of China");
        (provisions.Promulgated, provisions.Effective).ShouldBe(("2024-03-22", "2024-03-22"));
    }

    [Fact]
    public void Every_vendor_fact_names_a_catalog_vendor_and_only_unknowns_go_without_a_source()
    {
        var catalog = Regulations.Catalog();
        catalog.VendorFacts.ShouldAllBe(f => KnownIds.Vendors.Contains(f.VendorId));
        catalog.VendorFacts.Where(f => f.SourceIds.Count == 0).ShouldAllBe(f => f.Support == VendorSupport.Unknown);
        // The AWS China operators and isolation are sourced, not assumed.
        catalog.VendorFacts.Single(f => f.Id == "aws-china-operators").Statement.ShouldContain("Sinnet");
        catalog.VendorFacts.Single(f => f.Id == "aws-china-operators").Statement.ShouldContain("NWCD");
    }

    [Fact]
    public void A_rule_without_a_source_or_with_an_unknown_one_is_refused()
    {
        var catalog = Regulations.Catalog();
        var rule = catalog.Rules[0];
        var uncited = catalog with { Rules = [rule with { Citations = [] }, .. catalog.Rules.Skip(1)] };
        RegulationCatalogJson.Validate(uncited).ShouldContain($"rule '{rule.Id}' cites no source");
        var miscited = catalog with { Rules = [rule with { Citations = [new Citation("hearsay", "1", "x")] }, .. catalog.Rules.Skip(1)] };
        RegulationCatalogJson.Validate(miscited).ShouldContain($"rule '{rule.Id}' cites unknown source 'hearsay'");
        var unsourced = catalog with { VendorFacts = [catalog.VendorFacts[0] with { SourceIds = [] }] };
        RegulationCatalogJson.Validate(unsourced).ShouldContain(p => p.Contains("without a source", StringComparison.Ordinal));
        var missing = catalog with { Rules = catalog.Rules.Where(r => r.Id != ReadinessRules.IcpLicence).ToArray() };
        RegulationCatalogJson.Validate(missing).ShouldContain($"rule '{ReadinessRules.IcpLicence}' is missing");
    }

    [Fact]
    public void A_broken_catalogue_file_is_refused_in_words()
    {
        Should.Throw<DecisionInputException>(() => RegulationCatalogJson.Parse("{\"version\": 3}")).Message.ShouldContain("regulation catalogue");
    }

    [Fact]
    public void The_catalogue_round_trips_through_its_own_json()
    {
        var catalog = Regulations.Catalog();
        var again = RegulationCatalogJson.Parse(RegulationCatalogJson.Serialize(catalog));
        RegulationCatalogJson.Serialize(again).ShouldBe(RegulationCatalogJson.Serialize(catalog));
    }
}
