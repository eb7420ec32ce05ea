using System.Text.Json;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Profiles;

public sealed class WeightRulesTests
{
    private static readonly IReadOnlyList<string> Six = KnownIds.Criteria;

    /// <summary>A client no rule reacts to except the two unavoidable ones (origin, consumer payments).</summary>
    private static ClientProfile Neutral() => new()
    {
        Name = "neutral",
        Sector = Sector.Other,
        Origin = Origin.Domestic,
        LatencySensitivity = Sensitivity.Medium,
        PriceSensitivity = Sensitivity.Medium,
    };

    private static CriterionWeight Weight(ClientProfile profile, string criterion) =>
        WeightRules.Derive(profile, Six).Single(w => w.Criterion == criterion);

    [Theory]
    [InlineData(Sensitivity.Low, 0.0)]
    [InlineData(Sensitivity.Medium, 1.0)]
    [InlineData(Sensitivity.High, 2.5)]
    [InlineData(Sensitivity.Critical, 4.0)]
    public void Latency_sensitivity_moves_latency_points(Sensitivity level, double points)
    {
        var weight = Weight(Neutral() with { LatencySensitivity = level }, KnownIds.Latency);

        weight.Points.ShouldBe(points);
        if (level != Sensitivity.Medium)
        {
            weight.Adjustments.ShouldHaveSingleItem().ShouldBe(new WeightAdjustment(
                "latency-sensitivity", "latencySensitivity", KnownIds.JsonName(level), KnownIds.Latency, points - 1, "how much the client's users feel response time"));
        }
    }

    [Fact]
    public void Price_sensitivity_moves_price_points()
    {
        Weight(Neutral() with { PriceSensitivity = Sensitivity.Critical }, KnownIds.Price).Points.ShouldBe(4);
        Weight(Neutral() with { PriceSensitivity = Sensitivity.Low }, KnownIds.Price).Points.ShouldBe(0);
    }

    [Fact]
    public void Consumer_payments_in_China_raise_payment_integration_and_their_absence_lowers_it()
    {
        Weight(Neutral() with { ConsumerPaymentsInChina = true }, KnownIds.PaymentIntegration).Points.ShouldBe(3.5);
        Weight(Neutral(), KnownIds.PaymentIntegration).Points.ShouldBe(0); // 1 − 1.5, floored at 0
    }

    [Fact]
    public void Origin_trades_localization_against_multinational_footprint()
    {
        Weight(Neutral(), KnownIds.Localization).Points.ShouldBe(2.5);
        Weight(Neutral(), KnownIds.MultinationalFootprint).Points.ShouldBe(0);
        var multinational = Neutral() with { Origin = Origin.Multinational };
        Weight(multinational, KnownIds.Localization).Points.ShouldBe(0.5);
        Weight(multinational, KnownIds.MultinationalFootprint).Points.ShouldBe(2.5);
    }

    [Fact]
    public void Regions_outside_the_mainland_raise_multinational_footprint()
    {
        var abroad = Neutral() with { Origin = Origin.Multinational, Regions = [Region.MainlandChina, Region.HongKong, Region.Global] };
        Weight(abroad, KnownIds.MultinationalFootprint).Points.ShouldBe(2.5 + 1 + 0.5);
        var mainland = Neutral() with { Origin = Origin.Multinational, Regions = [Region.MainlandChina] };
        Weight(mainland, KnownIds.MultinationalFootprint).Points.ShouldBe(2.0);
    }

    [Fact]
    public void Running_AWS_elsewhere_is_the_strongest_pull_towards_multinational_footprint()
    {
        var profile = Neutral() with { Origin = Origin.Multinational, ExistingClouds = [CloudProvider.Aws] };
        var weight = Weight(profile, KnownIds.MultinationalFootprint);

        weight.Points.ShouldBe(5.5);
        weight.Adjustments.Single(a => a.Rule == "existing-clouds").Points.ShouldBe(3);
        Weight(Neutral() with { ExistingClouds = [CloudProvider.TencentCloud] }, KnownIds.Localization).Points.ShouldBe(3);
    }

    [Theory]
    [InlineData(new[] { DataCategory.PersonalInformation }, 1.5)]
    [InlineData(new[] { DataCategory.PersonalInformation, DataCategory.ImportantData }, 2.0)]
    [InlineData(new[] { DataCategory.CoreData, DataCategory.PersonalInformation }, 3.0)]
    public void Only_the_most_sensitive_data_category_counts(DataCategory[] categories, double points)
    {
        Weight(Neutral() with { DataCategories = categories }, KnownIds.RegulatoryAlignment).Points.ShouldBe(points);
    }

    [Fact]
    public void Cross_border_transfer_raises_footprint_and_regulatory_alignment()
    {
        var profile = Neutral() with { Origin = Origin.Multinational, CrossBorderTransfer = true };
        Weight(profile, KnownIds.MultinationalFootprint).Points.ShouldBe(4);
        Weight(profile, KnownIds.RegulatoryAlignment).Points.ShouldBe(1.5);
    }

    [Fact]
    public void Geopolitical_risk_raises_regulatory_alignment_and_localization()
    {
        var profile = Neutral() with { GeopoliticalRiskSensitivity = Sensitivity.Critical };
        Weight(profile, KnownIds.RegulatoryAlignment).Points.ShouldBe(3.5);
        Weight(profile, KnownIds.Localization).Points.ShouldBe(4);
        Weight(Neutral() with { GeopoliticalRiskSensitivity = Sensitivity.Low }, KnownIds.RegulatoryAlignment).Points.ShouldBe(0.5);
    }

    [Theory]
    [InlineData(Sector.Gaming, KnownIds.Latency, 2.5)]
    [InlineData(Sector.SocialCommerce, KnownIds.Localization, 3.5)]
    [InlineData(Sector.Retail, KnownIds.Price, 1.5)]
    [InlineData(Sector.Travel, KnownIds.Latency, 1.5)]
    [InlineData(Sector.Automotive, KnownIds.RegulatoryAlignment, 1.5)]
    [InlineData(Sector.Pharmaceuticals, KnownIds.RegulatoryAlignment, 1.5)]
    [InlineData(Sector.Logistics, KnownIds.Latency, 1.5)]
    [InlineData(Sector.Ai, KnownIds.Price, 2)]
    [InlineData(Sector.Finance, KnownIds.RegulatoryAlignment, 2.5)]
    [InlineData(Sector.PublicSector, KnownIds.RegulatoryAlignment, 3)]
    [InlineData(Sector.Manufacturing, KnownIds.Price, 1.5)]
    [InlineData(Sector.Other, KnownIds.Price, 1)]
    public void Sector_rules_move_the_criteria_that_sector_cares_about(Sector sector, string criterion, double points)
    {
        var weight = Weight(Neutral() with { Sector = sector }, criterion);

        weight.Points.ShouldBe(points);
        weight.Source.ShouldBe("derived");
    }

    [Fact]
    public void Consultant_priorities_replace_derived_points_and_keep_what_the_rules_said()
    {
        var profile = Neutral() with { LatencySensitivity = Sensitivity.Critical, Priorities = new Dictionary<string, double> { [KnownIds.Latency] = 0.5 } };
        var weight = Weight(profile, KnownIds.Latency);

        weight.Points.ShouldBe(0.5);
        weight.Source.ShouldBe("consultant-priority");
        weight.DerivedPoints.ShouldBe(4);
        weight.Adjustments.ShouldBeEmpty();
    }

    [Fact]
    public void All_priorities_zero_fall_back_to_equal_weights()
    {
        var profile = Neutral() with { Priorities = Six.ToDictionary(id => id, _ => 0.0) };

        var weights = WeightRules.Derive(profile, Six);

        weights.ShouldAllBe(w => w.Source == "equal-fallback" && Math.Abs(w.Weight - (1 / 6.0)) < 1e-15);
    }

    [Fact]
    public void Weights_sum_to_one_and_points_add_up_to_base_plus_adjustments()
    {
        var profile = TestSupport.Seeds.Profile("online-travel-platform");
        var weights = WeightRules.Derive(profile, Six);

        weights.Sum(w => w.Weight).ShouldBe(1, 1e-12);
        weights.ShouldAllBe(w => w.Points == Math.Max(0, WeightRules.BasePoints + w.Adjustments.Sum(a => a.Points)));
    }

    [Fact]
    public void Rules_ignore_criteria_the_catalog_does_not_have()
    {
        var weights = WeightRules.Derive(Neutral() with { LatencySensitivity = Sensitivity.Critical }, ["latency", "carbon"]);

        weights.Single(w => w.Criterion == "carbon").Points.ShouldBe(WeightRules.BasePoints);
        weights.Single(w => w.Criterion == "latency").Points.ShouldBe(4);
    }

    [Fact]
    public void Every_rule_is_documented()
    {
        var fired = TestSupport.Seeds.ProfileNames().SelectMany(n => WeightRules.Adjustments(TestSupport.Seeds.Profile(n))).Select(a => a.Rule).Distinct();
        fired.ShouldAllBe(rule => WeightRules.Rules.Any(r => r.Id == rule));
    }
}

public sealed class ProfileJsonTests
{
    [Fact]
    public void Profile_reads_the_documented_kebab_case_shape()
    {
        const string json = """
            {
              "name": "Shop", "sector": "social-commerce", "origin": "domestic",
              "regions": ["mainland-china", "hong-kong"], "existingClouds": ["alibaba-cloud"],
              "dataCategories": ["personal-information", "important-data"], "crossBorderTransfer": false,
              "latencySensitivity": "high", "priceSensitivity": "critical", "consumerPaymentsInChina": true,
              "priorities": { "price": 5 },
              "constraints": { "excludedVendors": ["aws-china"], "minimumScores": { "latency": 6 } }
            }
            """;

        var profile = JsonSerializer.Deserialize<ClientProfile>(json, DomainJson.Options)!;

        profile.Sector.ShouldBe(Sector.SocialCommerce);
        profile.Regions.ShouldBe([Region.MainlandChina, Region.HongKong]);
        profile.ExistingClouds.ShouldBe([CloudProvider.AlibabaCloud]);
        profile.PriceSensitivity.ShouldBe(Sensitivity.Critical);
        profile.Constraints!.MinimumScores["latency"].ShouldBe(6);
        JsonSerializer.Serialize(profile, DomainJson.Options).ShouldContain("\"sector\":\"social-commerce\"");
    }

    [Fact]
    public void Unknown_enum_value_is_rejected()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ClientProfile>("""{"name":"x","sector":"mining","origin":"domestic"}""", DomainJson.Options));
    }

    [Fact]
    public void Known_ids_list_the_json_spellings_validators_need()
    {
        KnownIds.Vendors.ShouldBe(["alibaba-cloud", "huawei-cloud", "tencent-cloud", "aws-china"]);
        KnownIds.Criteria.ShouldBe(["localization", "price", "latency", "payment-integration", "regulatory-alignment", "multinational-footprint"]);
        KnownIds.Sectors.ShouldContain("public-sector");
        KnownIds.Sectors.Count.ShouldBe(12);
        KnownIds.Regions.ShouldBe(["mainland-china", "hong-kong", "global"]);
        KnownIds.CloudProviders.ShouldContain("tencent-cloud");
        KnownIds.DataCategories.ShouldBe(["personal-information", "important-data", "core-data"]);
        KnownIds.Sensitivities.ShouldBe(["low", "medium", "high", "critical"]);
        KnownIds.Methods.ShouldBe(["weighted-sum", "topsis", "ahp", "vikor", "promethee-ii"]);
    }

    [Fact]
    public void Profile_validation_names_unknown_ids_and_out_of_range_values()
    {
        var profile = new ClientProfile
        {
            Name = " ",
            Sector = Sector.Retail,
            Origin = Origin.Domestic,
            Priorities = new Dictionary<string, double> { ["speed"] = 3, ["price"] = 7 },
            Constraints = new ProfileConstraints { ExcludedVendors = ["azure-china"], MinimumScores = new Dictionary<string, double> { ["latency"] = 11 } },
        };

        var problems = ProfileValidation.Validate(profile, KnownIds.Vendors, KnownIds.Criteria);

        problems.ShouldContain(new FieldProblem("name", "name is required"));
        problems.ShouldContain(p => p.Field == "priorities.speed" && p.Message.StartsWith("'speed' is not a criterion", StringComparison.Ordinal));
        problems.ShouldContain(new FieldProblem("priorities.price", "the priority of 'price' must be between 0 and 5."));
        problems.ShouldContain(p => p.Field == "constraints.excludedVendors[0]" && p.Message.StartsWith("'azure-china' is not a vendor", StringComparison.Ordinal));
        problems.ShouldContain(new FieldProblem("constraints.minimumScores.latency", "the minimum score of 'latency' must be between 0 and 10."));
    }
}
