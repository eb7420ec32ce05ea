using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Team;

/// Several consultants of one tenant judge the criteria for one client; the team's weights, consistency and consensus.
[Collection(ApiTests.Name)]
public sealed class TeamJudgmentTests(ApiFixture api)
{
    // Perfectly consistent judgements in the catalog's criteria order. Ahead favours the first criteria with ratios
    // (4, 2, 1) repeated; Behind the reverse. Their geometric mean is all ones: equal team weights.
    private static double[][] Consistent(double[] w) => [.. w.Select(a => w.Select(b => a / b).ToArray())];

    private static readonly double[] Ahead = [4, 4, 2, 2, 1, 1];
    private static readonly double[] Behind = [1, 1, 2, 2, 4, 4];

    private async Task<(HttpClient Li, HttpClient Wang, HttpClient Auditor, Guid ProfileId)> TeamAsync()
    {
        var tenant = await api.CreateTenantAsync();
        var li = api.As((string)(await api.IssueKeyAsync(tenant, "consultant", name: "li-wei"))["key"]!);
        var wang = api.As((string)(await api.IssueKeyAsync(tenant, "consultant", name: "wang-fang"))["key"]!);
        var auditor = api.As(await api.KeyAsync(tenant, "auditor"));
        var (profileId, _) = await ProfileTests.CreateAsync(li);
        return (li, wang, auditor, profileId);
    }

    private static async Task<JsonObject> JudgeAsync(HttpClient client, Guid profileId, double[][] matrix)
    {
        var response = await client.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = matrix });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// Hand computation: opposite consistent members average to equal weights (1/6 each, CR 0). Goepel's S* for n = 6:
    /// each member's priorities (4, 4, 2, 2, 1, 1)/14 have Hα = -Σ w ln w = 1.6488; their average (5, 5, 4, 4, 5, 5)/28
    /// has Hγ = 1.7865; Hβ = 0.1377, exp(-Hβ) = 0.8714. Hα,min from (9, 1, 1, 1, 1, 1)/14 is 1.2266, and
    /// exp(1.2266)/6 = 0.5682. S* = (0.8714 - 0.5682)/(1 - 0.5682) = 0.7021: "moderate" on Goepel's scale.
    [Fact]
    public async Task Two_consultants_judge_and_the_team_weights_aggregate_them()
    {
        var (li, wang, auditor, profileId) = await TeamAsync();

        var afterLi = await JudgeAsync(li, profileId, Consistent(Ahead));
        afterLi["consensus"].ShouldBeNull();
        afterLi["members"]!.AsArray().Single()!["member"]!.GetValue<string>().ShouldBe("li-wei");

        var team = await JudgeAsync(wang, profileId, Consistent(Behind));

        team["weights"]!.AsObject().Select(w => (double)w.Value!).ShouldAllBe(w => Math.Abs(w - (1 / 6.0)) < 1e-9);
        ((double)team["consistencyRatio"]!).ShouldBe(0, 1e-9);
        ((double)team["consensus"]!).ShouldBe(0.7021, 0.0001);
        ((string)team["consensusLevel"]!).ShouldBe("moderate");
        var members = team["members"]!.AsArray();
        members.Select(m => (string)m!["member"]!).ShouldBe(["li-wei", "wang-fang"]);
        members.ShouldAllBe(m => Math.Abs((double)m!["consistencyRatio"]!) < 1e-9);

        var read = await auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}/team-weights");
        ((double)read!["consensus"]!).ShouldBe((double)team["consensus"]!);
    }

    [Fact]
    public async Task A_member_revises_and_only_the_latest_counts_while_the_history_keeps_both()
    {
        var (li, wang, auditor, profileId) = await TeamAsync();
        await JudgeAsync(li, profileId, Consistent(Ahead));
        await JudgeAsync(wang, profileId, Consistent(Behind));

        var revised = await JudgeAsync(wang, profileId, Consistent(Ahead));

        ((double)revised["consensus"]!).ShouldBe(1, 1e-9);
        ((double)revised["weights"]!["localization"]!).ShouldBe(4 / 14.0, 1e-9);
        var wangNow = revised["members"]!.AsArray().Single(m => (string)m!["member"]! == "wang-fang")!;
        ((int)wangNow["revisions"]!).ShouldBe(1);

        var events = (await auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}/events"))!["items"]!.AsArray();
        var judgments = events.Where(e => (string)e!["type"]! == "profile_team_judgment_recorded").ToArray();
        judgments.Select(e => (string)e!["actor"]!).ShouldBe(["li-wei", "wang-fang", "wang-fang"]);
        judgments.ShouldAllBe(e => e!["data"]!["matrix"]!.AsArray().Count == 6);
    }

    [Fact]
    public async Task A_recommendation_on_the_team_weights_records_whose_judgements_it_used()
    {
        var (li, wang, auditor, profileId) = await TeamAsync();
        await JudgeAsync(li, profileId, Consistent(Ahead));
        var team = await JudgeAsync(wang, profileId, Consistent(Behind));

        var response = await li.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { teamWeights = true, samples = 0 });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var recommendation = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)recommendation["method"]!).ShouldBe("weighted-sum");
        recommendation["weights"]!.AsArray().ShouldAllBe(w => Math.Abs((double)w!["weight"]! - (1 / 6.0)) < 1e-9);
        var used = recommendation["teamWeights"]!;
        used["members"]!.AsArray().Select(m => (string)m!["member"]!).ShouldBe(["li-wei", "wang-fang"]);
        ((double)used["consensus"]!).ShouldBe((double)team["consensus"]!);

        var replay = await auditor.PostAsync($"/v1/recommendations/{recommendation["id"]}/replay", null);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
        ((bool)(await replay.Content.ReadFromJsonAsync<JsonObject>())!["identical"]!).ShouldBeTrue();
        var stored = (await auditor.GetFromJsonAsync<JsonObject>($"/v1/profiles/{profileId}/events"))!["items"]!.AsArray()
            .Single(e => (string)e!["type"]! == "recommendation_issued")!;
        stored["data"]!["options"]!["team"]!["members"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Team_weights_without_judgements_are_409_and_with_a_pairwise_matrix_400()
    {
        var (li, _, auditor, profileId) = await TeamAsync();

        var none = await li.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { teamWeights = true });
        await none.ShouldBeProblemAsync(409);
        await (await auditor.GetAsync($"/v1/profiles/{profileId}/team-weights")).ShouldBeProblemAsync(404);

        var both = await li.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { teamWeights = true, pairwise = Consistent(Ahead) });
        (await both.ShouldBeProblemAsync(400)).ErrorFields().ShouldContain("teamWeights");
    }

    [Fact]
    public async Task Bad_judgements_are_400_an_auditor_cannot_judge_and_another_tenant_gets_404()
    {
        var (li, _, auditor, profileId) = await TeamAsync();

        var notReciprocal = Consistent(Ahead);
        notReciprocal[1][0] = 3;
        (await (await li.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = notReciprocal })).ShouldBeProblemAsync(400))
            .ErrorFields().ShouldContain("pairwise");
        (await (await li.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = Consistent(Ahead), pairwiseCriteria = new[] { "price" } })).ShouldBeProblemAsync(400))
            .ErrorFields().ShouldContain("pairwiseCriteria");
        await (await auditor.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = Consistent(Ahead) })).ShouldBeProblemAsync(403);

        var (_, stranger) = await api.TenantClientAsync("consultant");
        await (await stranger.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = Consistent(Ahead) })).ShouldBeProblemAsync(404);
        await (await stranger.GetAsync($"/v1/profiles/{profileId}/team-weights")).ShouldBeProblemAsync(404);
        (await ApiFixture.StoredEventsAsync(profileId)).ShouldNotContain(e => (string)e["type"]! == "profile_team_judgment_recorded");
    }
}
