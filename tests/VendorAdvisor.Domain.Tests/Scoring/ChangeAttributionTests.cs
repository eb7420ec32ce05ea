using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class ChangeAttributionTests
{
    private static readonly AnalysisOptions Options = new() { Samples = 200 };

    private static RecommendationRecord Record(ClientProfile profile, VendorCatalog catalog, AnalysisOptions? options = null)
    {
        options ??= Options;
        return new RecommendationRecord(profile, catalog, options, Advisor.Recommend(profile, catalog, options));
    }

    private static ClientProfile Studio() => TestSupport.Seeds.Profile("mobile-game-studio");

    private static VendorCatalog Overridden(VendorCatalog catalog) => catalog.WithOverride(
        new AssessmentOverride(KnownIds.TencentCloud, KnownIds.Price, 1, 0.5, "A price rise announced to this client."));

    [Fact]
    public void The_parts_add_up_to_each_vendors_whole_change()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var from = Record(Studio(), catalog);
        var later = Studio() with { PriceSensitivity = Sensitivity.Low, Priorities = new Dictionary<string, double> { [KnownIds.Latency] = 1 } };
        var to = Record(later, Overridden(catalog), Options with { Method = McdaMethod.Topsis });

        var changes = ChangeAttribution.Attribute(from, to);

        changes.Select(c => c.Vendor).ShouldBe(catalog.VendorIds.Order(StringComparer.Ordinal));
        changes.ShouldAllBe(c => c.Causes != null && c.Note == null);
        foreach (var change in changes)
        {
            var c = change.Causes!;
            (c.Catalog + c.Profile + c.Weights + c.Options).ShouldBe(change.Change!.Value, 1e-12);
            change.Change!.Value.ShouldBe(change.To!.Score - change.From!.Score, 1e-15);
        }

        changes.ShouldContain(c => c.Causes!.Options != 0, "the method changed, so options explain part of some change");
    }

    [Fact]
    public void A_catalog_change_alone_is_credited_to_the_catalog()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var from = Record(Studio(), catalog);
        var to = Record(Studio(), Overridden(catalog));

        var tencent = ChangeAttribution.Attribute(from, to).Single(c => c.Vendor == KnownIds.TencentCloud);

        tencent.Change!.Value.ShouldBeLessThan(0);
        tencent.Causes!.Catalog.ShouldBe(tencent.Change.Value, 1e-12);
        tencent.Causes.Profile.ShouldBe(0);
        tencent.Causes.Weights.ShouldBe(0);
        tencent.Causes.Options.ShouldBe(0);
    }

    [Fact]
    public void A_priority_change_alone_is_credited_to_the_weights()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var from = Record(Studio() with { Priorities = null }, catalog);
        var to = Record(Studio() with { Priorities = new Dictionary<string, double> { [KnownIds.Price] = 5 } }, catalog);

        var changes = ChangeAttribution.Attribute(from, to);

        changes.ShouldAllBe(c => c.Causes!.Catalog == 0 && c.Causes.Profile == 0 && c.Causes.Options == 0);
        changes.ShouldContain(c => c.Causes!.Weights != 0);
    }

    [Fact]
    public void A_vendor_excluded_in_some_step_gets_no_split_and_says_why()
    {
        var catalog = TestSupport.Seeds.Catalog();
        var from = Record(Studio() with { Constraints = null }, catalog);
        var to = Record(Studio() with { Constraints = new ProfileConstraints { ExcludedVendors = [KnownIds.AwsChina] } }, catalog);

        var aws = ChangeAttribution.Attribute(from, to).Single(c => c.Vendor == KnownIds.AwsChina);

        aws.From.ShouldNotBeNull();
        aws.To.ShouldBeNull();
        aws.Change.ShouldBeNull();
        aws.Causes.ShouldBeNull();
        aws.Note.ShouldBe(ChangeAttribution.ExcludedNote);
    }
}
