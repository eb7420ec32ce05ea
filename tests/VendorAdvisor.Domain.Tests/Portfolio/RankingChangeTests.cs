using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Portfolio;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Portfolio;

public sealed class RankingChangeTests
{
    public static TheoryData<string, McdaMethod> SeedProfilesAndMethods()
    {
        var data = new TheoryData<string, McdaMethod>();
        foreach (var name in TestSupport.Seeds.ProfileNames())
        {
            foreach (var method in new[] { McdaMethod.WeightedSum, McdaMethod.Topsis, McdaMethod.Ahp, McdaMethod.Vikor, McdaMethod.PrometheeII }) data.Add(name, method);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedProfilesAndMethods))]
    public void Rank_gives_exactly_the_order_scores_and_exclusions_of_a_full_recommendation(string name, McdaMethod method)
    {
        var profile = TestSupport.Seeds.Profile(name) with
        {
            Constraints = new ProfileConstraints { MinimumScores = new Dictionary<string, double> { [KnownIds.Latency] = 5 } },
        };
        var catalog = TestSupport.Seeds.Catalog();

        var full = Advisor.Recommend(profile, catalog, new AnalysisOptions { Method = method, Samples = 0 });
        var lean = Advisor.Rank(profile, catalog, method);

        lean.Ranking.Select(v => (v.Vendor, v.Rank, v.Score)).ShouldBe(full.Ranking.Select(v => (v.Vendor, v.Rank, v.Score)));
        lean.Excluded.ShouldBe(full.Excluded);
    }

    [Theory]
    [MemberData(nameof(SeedProfilesAndMethods))]
    public void Comparing_two_catalogs_with_weights_derived_once_equals_ranking_each_on_its_own(string name, McdaMethod method)
    {
        var profile = TestSupport.Seeds.Profile(name);
        var catalog = TestSupport.Seeds.Catalog();
        var proposed = catalog.WithOverride(new AssessmentOverride(KnownIds.AlibabaCloud, KnownIds.Price, 2, 1, "what if"));

        RankingChange.Of(profile, catalog, proposed, method)
            .ShouldBe(RankingChange.Between(Advisor.Rank(profile, catalog, method), Advisor.Rank(profile, proposed, method)), new RankingChangeComparer());
    }

    [Theory]
    [MemberData(nameof(SeedProfilesAndMethods))]
    public void With_regulations_rank_gives_exactly_what_a_regulated_recommendation_ranks(string name, McdaMethod method)
    {
        // Conditional readiness (a mainland website at MLPS level 3) moves regulatory alignment; the portfolio must see it too.
        var profile = TestSupport.Seeds.Profile(name) with
        {
            Regulatory = Regulation.Regulations.Baseline with { PublicWebsiteInMainland = true, MlpsLevel = 3 },
        };
        var catalog = TestSupport.Seeds.Catalog();
        var regulations = Regulation.Regulations.Catalog();

        var full = RegulatedAdvisor.Recommend(profile, catalog, regulations, new AnalysisOptions { Method = method, Samples = 0 });
        var lean = RegulatedAdvisor.Rank(profile, catalog, regulations, method, Advisor.WeightsFor(profile, catalog, method));

        lean.Ranking.Select(v => (v.Vendor, v.Rank, v.Score)).ShouldBe(full.Ranking.Select(v => (v.Vendor, v.Rank, v.Score)));
        lean.Excluded.ShouldBe(full.Excluded);
    }

    [Fact]
    public void A_vendor_readiness_blocks_stays_out_however_much_a_proposal_raises_it()
    {
        // Core data sent abroad blocks every vendor: without regulations the proposal would change the ranking.
        var profile = TestSupport.Seeds.Profile("mobile-game-studio") with
        {
            CrossBorderTransfer = true,
            Regulatory = Regulation.Regulations.Baseline with { CoreData = true },
        };
        var catalog = TestSupport.Seeds.Catalog();
        var proposed = catalog.WithOverride(new AssessmentOverride(KnownIds.AwsChina, KnownIds.Latency, 10, 0.1, "what if"));

        RankingChange.Of(profile, catalog, proposed).ShouldNotBeNull();
        RankingChange.Of(profile, catalog, proposed, regulations: Regulation.Regulations.Catalog()).ShouldBeNull();
    }

    private sealed class RankingChangeComparer : IEqualityComparer<RankingChange?>
    {
        public bool Equals(RankingChange? x, RankingChange? y) =>
            x is null ? y is null : y is not null && x with { Vendors = [] } == y with { Vendors = [] } && x.Vendors.SequenceEqual(y.Vendors);

        public int GetHashCode(RankingChange? obj) => 0;
    }

    [Fact]
    public void The_same_catalog_twice_changes_nothing()
    {
        var profile = TestSupport.Seeds.Profile("mobile-game-studio");
        var catalog = TestSupport.Seeds.Catalog();

        RankingChange.Between(Advisor.Rank(profile, catalog), Advisor.Rank(profile, catalog)).ShouldBeNull();
    }

    [Fact]
    public void A_weaker_assessment_of_the_winner_hands_first_place_on_and_says_by_how_much()
    {
        var profile = TestSupport.Seeds.Profile("mobile-game-studio");
        var catalog = TestSupport.Seeds.Catalog();
        var weaker = catalog.WithOverride(new AssessmentOverride(KnownIds.TencentCloud, KnownIds.Latency, 1, 1, "what if"));

        var change = RankingChange.Between(Advisor.Rank(profile, catalog), Advisor.Rank(profile, weaker))!;

        change.WinnerChanged.ShouldBeTrue();
        change.CurrentWinner.ShouldBe(KnownIds.TencentCloud);
        change.ProposedWinner.ShouldNotBe(KnownIds.TencentCloud);
        change.Vendors[0].Vendor.ShouldBe(change.ProposedWinner);
        var tencent = change.Vendors.Single(v => v.Vendor == KnownIds.TencentCloud);
        tencent.ScoreChange.ShouldBeLessThan(0);
        change.Impact.ShouldBe(Math.Abs(tencent.ScoreChange), 1e-15);
        change.RanksChanged.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void A_vendor_newly_excluded_by_a_minimum_score_shows_without_a_proposed_rank()
    {
        var profile = TestSupport.Seeds.Profile("mobile-game-studio") with
        {
            Constraints = new ProfileConstraints { MinimumScores = new Dictionary<string, double> { [KnownIds.Latency] = 5 } },
        };
        var catalog = TestSupport.Seeds.Catalog();
        var weaker = catalog.WithOverride(new AssessmentOverride(KnownIds.HuaweiCloud, KnownIds.Latency, 3, 1, "what if"));

        var change = RankingChange.Between(Advisor.Rank(profile, catalog), Advisor.Rank(profile, weaker))!;

        var huawei = change.Vendors.Single(v => v.Vendor == KnownIds.HuaweiCloud);
        huawei.CurrentRank.ShouldNotBeNull();
        huawei.ProposedRank.ShouldBeNull();
        change.Vendors.SkipWhile(v => v.ProposedRank is not null).ShouldContain(huawei, "excluded vendors come after the ranked ones");
    }
}
