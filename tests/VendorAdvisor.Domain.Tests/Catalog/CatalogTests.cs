using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Tests.Catalog;

public sealed class CatalogTests
{
    private static VendorCatalog Seed() => TestSupport.Seeds.Catalog();

    [Fact]
    public void Seed_catalog_has_the_four_vendors_six_criteria_and_one_assessment_per_pair()
    {
        var catalog = Seed();

        catalog.Version.ShouldBe("2025.1");
        catalog.VendorIds.ShouldBe(KnownIds.Vendors);
        catalog.CriterionIds.ShouldBe(KnownIds.Criteria);
        catalog.Assessments.Count.ShouldBe(24);
        catalog.Criteria.ShouldAllBe(c => c.Description.Length > 20);
        CatalogJson.Validate(catalog).ShouldBeEmpty();
    }

    [Fact]
    public void AWS_China_names_its_local_operators()
    {
        var operators = Seed().Vendor(KnownIds.AwsChina).Operators!;

        operators.ShouldContain(o => o.Name.Contains("Sinnet", StringComparison.Ordinal) && o.Region == "Beijing");
        operators.ShouldContain(o => o.Name.Contains("NWCD", StringComparison.Ordinal) && o.Region == "Ningxia");
    }

    [Fact]
    public void Sources_are_listed_once_with_title_publisher_date_and_facts_with_figures()
    {
        var catalog = Seed();

        catalog.Sources.Count.ShouldBe(2);
        catalog.Sources.ShouldAllBe(s => s.Title.Length > 10 && s.Publisher.Length > 0 && s.Date.Length >= 4 && s.Facts.Count > 0);
        var figures = catalog.Sources.SelectMany(s => s.Facts).SelectMany(f => f.Figures ?? []).ToArray();
        figures.ShouldContain(f => f.Subject == KnownIds.AlibabaCloud && f.Value == 36 && f.Period == "Q3 2024");
        figures.ShouldContain(f => f.Subject == KnownIds.HuaweiCloud && f.Value == 19 && f.Period == "Q3 2024");
        figures.ShouldContain(f => f.Subject == KnownIds.TencentCloud && f.Value == 15 && f.Period == "Q3 2024");
        figures.ShouldContain(f => f.Subject == KnownIds.AwsChina && f.Value == 5.8 && f.Period == "Q3 2024");
        figures.ShouldContain(f => f.Subject == KnownIds.AlibabaCloud && f.Value == 40 && f.Period == "2016");
        figures.ShouldContain(f => f.Value == 300 && f.Unit == "million USD" && f.Period == "2017");
        catalog.Sources.SelectMany(s => s.Facts).ShouldContain(f => f.Statement.Contains("Xiaohongshu", StringComparison.Ordinal)
            && f.Statement.Contains("Ctrip", StringComparison.Ordinal) && f.Statement.Contains("BYD", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_the_articles_are_silent_the_rationale_says_so_and_the_uncertainty_is_wider()
    {
        var catalog = Seed();
        var silent = catalog.Assessments.Where(a => a.CriterionId == KnownIds.MultinationalFootprint && a.VendorId != KnownIds.AwsChina).ToArray();

        silent.ShouldAllBe(a => a.Rationale.Contains("say nothing", StringComparison.Ordinal) || a.Rationale.Contains("Nothing in the articles", StringComparison.Ordinal)
            || a.Rationale.Contains("do not discuss", StringComparison.Ordinal));
        silent.ShouldAllBe(a => a.Uncertainty > catalog.Assessment(KnownIds.AwsChina, KnownIds.MultinationalFootprint).Uncertainty);
        // A vendor the articles single out is scored more tightly than its peers on the same criterion.
        catalog.Assessment(KnownIds.TencentCloud, KnownIds.Latency).Uncertainty.ShouldBeLessThan(catalog.Assessment(KnownIds.HuaweiCloud, KnownIds.Latency).Uncertainty);
    }

    [Fact]
    public void Override_returns_a_new_catalog_and_leaves_the_original_alone()
    {
        var catalog = Seed();

        var changed = catalog.WithOverride(new AssessmentOverride(KnownIds.AwsChina, KnownIds.Latency, 7, 0.5, "Measured from our Shanghai office.", OverriddenBy: "acme"));

        changed.Assessment(KnownIds.AwsChina, KnownIds.Latency).Score.ShouldBe(7);
        changed.Assessment(KnownIds.AwsChina, KnownIds.Latency).OverriddenBy.ShouldBe("acme");
        changed.Version.ShouldBe("2025.1+override");
        changed.WithOverride(new AssessmentOverride(KnownIds.AwsChina, KnownIds.Price, 5, 1, "Negotiated discount.")).Version.ShouldBe("2025.1+override");
        catalog.Assessment(KnownIds.AwsChina, KnownIds.Latency).Score.ShouldBe(4);
        catalog.Version.ShouldBe("2025.1");
    }

    [Theory]
    [InlineData("nobody", KnownIds.Latency, 5, 1, "x", "unknown vendor")]
    [InlineData(KnownIds.AwsChina, "speed", 5, 1, "x", "unknown criterion")]
    [InlineData(KnownIds.AwsChina, KnownIds.Latency, 11, 1, "x", "within 0..10")]
    [InlineData(KnownIds.AwsChina, KnownIds.Latency, 5, -1, "x", "uncertainty")]
    [InlineData(KnownIds.AwsChina, KnownIds.Latency, 5, 1, " ", "rationale")]
    public void Invalid_override_is_a_domain_error(string vendor, string criterion, double score, double sd, string rationale, string expected)
    {
        Should.Throw<DecisionInputException>(() => Seed().WithOverride(new AssessmentOverride(vendor, criterion, score, sd, rationale)))
            .Message.ShouldContain(expected);
    }

    [Fact]
    public void Serialised_catalog_parses_back_to_the_same_content()
    {
        var catalog = Seed();

        var again = CatalogJson.Parse(CatalogJson.Serialize(catalog));

        CatalogJson.Serialize(again).ShouldBe(CatalogJson.Serialize(catalog));
        CatalogJson.Serialize(catalog).ShouldNotContain("vendorIds");
    }

    [Fact]
    public void A_catalog_missing_an_assessment_is_rejected_with_the_cell_named()
    {
        var catalog = Seed();
        var broken = catalog with { Assessments = catalog.Assessments.Where(a => !(a.VendorId == KnownIds.HuaweiCloud && a.CriterionId == KnownIds.Price)).ToArray() };

        Should.Throw<DecisionInputException>(() => CatalogJson.Parse(CatalogJson.Serialize(broken)))
            .Message.ShouldContain("'huawei-cloud' on 'price' has 0 assessments");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"version":"x","scaleMin":0,"scaleMax":10,"sources":[],"criteria":[],"vendors":[],"assessments":[]}""")]
    public void Malformed_catalog_text_is_a_domain_error(string json)
    {
        Should.Throw<DecisionInputException>(() => CatalogJson.Parse(json));
    }

    [Fact]
    public void Assessments_cite_known_sources_and_facts()
    {
        var catalog = Seed();
        var facts = catalog.Sources.SelectMany(s => s.Facts).Select(f => f.Id).ToHashSet();

        catalog.Assessments.ShouldAllBe(a => a.SourceIds.Count > 0 && a.SourceIds.All(id => catalog.Sources.Any(s => s.Id == id)));
        catalog.Assessments.SelectMany(a => a.FactIds ?? []).ShouldAllBe(id => facts.Contains(id));
    }
}
