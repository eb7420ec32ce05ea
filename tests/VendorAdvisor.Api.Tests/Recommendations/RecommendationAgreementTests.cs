using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VendorAdvisor.Api.Tests.Profiles;

namespace VendorAdvisor.Api.Tests.Recommendations;

/// The method agreement table a recommendation carries: stored with it, read back unchanged, and each row what that
/// method says on its own.
[Collection(ApiTests.Name)]
public sealed class RecommendationAgreementTests(ApiFixture api)
{
    private static readonly string[] Methods = ["weighted-sum", "topsis", "ahp", "vikor", "promethee-ii"];

    private static async Task<JsonObject> IssueAsync(HttpClient client, Guid profileId, string method)
    {
        var response = await client.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", new { method, samples = 0 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static string Winner(JsonObject recommendation) => (string)recommendation["ranking"]![0]!["vendor"]!;

    private static Dictionary<string, double> Scores(JsonObject recommendation) =>
        recommendation["ranking"]!.AsArray().ToDictionary(r => (string)r!["vendor"]!, r => (double)r!["score"]!);

    private static JsonObject Row(JsonObject recommendation, string method) =>
        recommendation["agreement"]!["methods"]!.AsArray().Single(r => (string)r!["method"]! == method)!.AsObject();

    /// Two sample clients (seeds/profiles) on which the methods disagree, so that the table says something: on the AI
    /// start-up PROMETHEE II ties vendors and names another winner, on the Azure-estate brand VIKOR does.
    public static TheoryData<string> Clients => ["ai-startup", "consumer-brand-on-azure"];

    private static object Client(string name) => name switch
    {
        "ai-startup" => new
        {
            name = "AI start-up",
            sector = "ai",
            origin = "domestic",
            regions = new[] { "mainland-china" },
            dataCategories = new[] { "personal-information" },
            latencySensitivity = "medium",
            priceSensitivity = "critical",
            priorities = new { price = 5, localization = 4 },
        },
        _ => new
        {
            name = "Multinational consumer brand on Azure",
            sector = "retail",
            origin = "multinational",
            regions = new[] { "mainland-china", "global" },
            existingClouds = new[] { "azure" },
            dataCategories = new[] { "personal-information" },
            crossBorderTransfer = true,
            latencySensitivity = "high",
            priceSensitivity = "medium",
            consumerPaymentsInChina = true,
        },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_recommendation_read_back_carries_the_agreement_table_it_was_issued_with_and_each_row_is_that_methods_own_verdict(string client)
    {
        var (tenant, consultant) = await api.TenantClientAsync("consultant");
        var (profileId, _) = await ProfileTests.CreateAsync(consultant, Client(client));
        var issued = new Dictionary<string, JsonObject>();
        foreach (var method in Methods) issued[method] = await IssueAsync(consultant, profileId, method);

        // The catalog changes after issuing: a stored table must not follow it.
        var admin = api.As(await api.KeyAsync(tenant, "admin"));
        (await admin.PutAsJsonAsync("/v1/catalog/overrides/tencent-cloud/latency", new { score = 1, uncertainty = 0, rationale = "After the fact." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var (method, answer) in issued)
        {
            var stored = (await consultant.GetFromJsonAsync<JsonObject>($"/v1/recommendations/{answer["id"]}"))!;
            JsonNode.DeepEquals(stored["agreement"], answer["agreement"]).ShouldBeTrue(
                $"{method}: read back {stored["agreement"]!.ToJsonString()}, issued {answer["agreement"]!.ToJsonString()}");

            var rows = stored["agreement"]!["methods"]!.AsArray().Select(r => r!.AsObject()).ToList();
            rows.Select(r => (string)r["method"]!).ShouldBe(Methods);
            rows.Where(r => (bool)r["chosen"]!).Select(r => (string)r["method"]!).ShouldBe([method]);
            var chosen = Row(stored, method);
            ((string)chosen["winner"]!).ShouldBe(Winner(stored), "the chosen method's row names the recommendation's winner");
            ((double)chosen["kendallTauB"]!).ShouldBe(1, 1e-12);
            foreach (var row in rows)
            {
                ((bool)row["sameWinner"]!).ShouldBe((string)row["winner"]! == Winner(stored), $"{method}: {row.ToJsonString()}");
                ((double)row["kendallTauB"]!).ShouldBeInRange(-1, 1);
            }
            ((bool)stored["agreement"]!["sameWinnerEverywhere"]!).ShouldBe(rows.All(r => (bool)r["sameWinner"]!));
        }

        // Chosen weighted-sum (on the catalog's fixed scale) sets the other methods up as each recommends on its own, on
        // the same profile-derived weights: each row's winner and tau-b follow from that method's own recommendation.
        var baseline = issued["weighted-sum"];
        Row(baseline, "weighted-sum")["chosen"]!.GetValue<bool>().ShouldBeTrue();
        ((bool)baseline["agreement"]!["sameWinnerEverywhere"]!).ShouldBeFalse("a client on which the methods disagree");
        foreach (var method in Methods.Where(m => m != "weighted-sum"))
        {
            var row = Row(baseline, method);
            ((string)row["winner"]!).ShouldBe(Winner(issued[method]), $"{method}'s winner");
            ((double)row["kendallTauB"]!).ShouldBe(KendallTauB(Scores(baseline), Scores(issued[method])), 1e-9, $"{method}'s tau-b");
        }
    }

    /// Kendall's tau-b of two score lists over the same vendors (ties within a relative 1e-9 count for neither).
    private static double KendallTauB(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        static int Sign(double x, double y) => Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y)) ? 0 : Math.Sign(x - y);
        var vendors = a.Keys.Order(StringComparer.Ordinal).ToArray();
        double concordance = 0, tiesA = 0, tiesB = 0, pairs = 0;
        for (var i = 0; i < vendors.Length; i++)
        {
            for (var j = i + 1; j < vendors.Length; j++)
            {
                var (x, y) = (Sign(a[vendors[i]], a[vendors[j]]), Sign(b[vendors[i]], b[vendors[j]]));
                pairs++;
                concordance += x * y;
                if (x == 0) tiesA++;
                if (y == 0) tiesB++;
            }
        }
        return concordance / Math.Sqrt((pairs - tiesA) * (pairs - tiesB));
    }
}
