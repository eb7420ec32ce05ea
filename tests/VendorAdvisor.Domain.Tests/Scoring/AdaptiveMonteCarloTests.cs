using System.Text.Json;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

/// The default draw is adaptive: whole batches until every vendor's probability of ranking first is known to a
/// standard error of 0.005, at most the cap. It must be the exact run of the samples it drew.
public sealed class AdaptiveMonteCarloTests
{
    private static RecommendationResult Recommend(string profile, int samples, bool adaptive) =>
        Advisor.Recommend(TestSupport.Seeds.Profile(profile), TestSupport.Seeds.Catalog(),
            new AnalysisOptions { Samples = samples, AdaptiveSamples = adaptive });

    private static double LargestStandardError(RecommendationResult result) =>
        result.Ranking.Max(r => Math.Sqrt(r.ProbabilityFirst!.Value * (1 - r.ProbabilityFirst.Value) / result.Manifest.Samples));

    public static TheoryData<string> Profiles() => [.. TestSupport.Seeds.ProfileNames()];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void An_adaptive_draw_is_the_exact_run_of_the_samples_it_drew_and_stops_at_the_first_batch_that_meets_the_bound(string profile)
    {
        var adaptive = Recommend(profile, DecisionEngine.DefaultSamples, adaptive: true);
        var drawn = adaptive.Manifest.Samples;

        (drawn % MonteCarlo.AdaptiveBatch).ShouldBe(0);
        drawn.ShouldBeInRange(MonteCarlo.AdaptiveBatch, DecisionEngine.DefaultSamples);
        adaptive.Manifest.SamplingRule.ShouldNotBeNull().ShouldContain("0.005");
        var exact = Recommend(profile, drawn, adaptive: false);
        JsonSerializer.Serialize(adaptive.Ranking, DomainJson.Options).ShouldBe(JsonSerializer.Serialize(exact.Ranking, DomainJson.Options));
        exact.Manifest.SamplingRule.ShouldBeNull();

        if (drawn < DecisionEngine.DefaultSamples)
        {
            LargestStandardError(adaptive).ShouldBeLessThan(MonteCarlo.AdaptiveStandardError);
        }
        if (drawn > MonteCarlo.AdaptiveBatch)
        {
            LargestStandardError(Recommend(profile, drawn - MonteCarlo.AdaptiveBatch, adaptive: false))
                .ShouldBeGreaterThanOrEqualTo(MonteCarlo.AdaptiveStandardError);
        }
    }

    [Fact]
    public void A_certain_outcome_stops_after_one_batch_and_a_close_call_draws_up_to_the_cap()
    {
        var alone = TestSupport.Seeds.Profile("mobile-game-studio") with
        {
            Constraints = new VendorAdvisor.Domain.Profiles.ProfileConstraints { ExcludedVendors = ["alibaba-cloud", "huawei-cloud", "aws-china"] },
        };
        Advisor.Recommend(alone, TestSupport.Seeds.Catalog(), new AnalysisOptions { AdaptiveSamples = true }).Manifest.Samples
            .ShouldBe(MonteCarlo.AdaptiveBatch);

        // Tencent against Alibaba for a game studio is near a coin toss (p about 0.5): it needs every sample of the cap.
        Recommend("mobile-game-studio", DecisionEngine.DefaultSamples, adaptive: true).Manifest.Samples.ShouldBe(DecisionEngine.DefaultSamples);
    }

    [Fact]
    public void An_explicit_count_is_drawn_exactly()
    {
        Recommend("global-car-brand", 2_000, adaptive: false).Manifest.Samples.ShouldBe(2_000);
    }
}
