using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using VendorAdvisor.Api.Tests.Profiles;
using VendorAdvisor.Domain.Audit;

namespace VendorAdvisor.Api.Tests.Audit;

/// The promise of jcs-sha256/1: a recommendation's hash can be checked from the stored document alone, with any RFC
/// 8785 implementation. Checked on recommendations with every method and with the team's weights, because each adds
/// stored members (the VIKOR and PROMETHEE blocks, vikorV, the team) that the JSON settings of the hash must write
/// exactly as the event store does.
[Collection(ApiTests.Name)]
public sealed class StoredHashTests(ApiFixture api)
{
    private static double[][] Consistent(double[] w) => [.. w.Select(a => w.Select(b => a / b).ToArray())];

    [Fact]
    public async Task Every_new_recommendation_hashes_to_the_canonical_form_of_its_stored_document()
    {
        var tenant = await api.CreateTenantAsync();
        var li = api.As((string)(await api.IssueKeyAsync(tenant, "consultant", name: "li-wei"))["key"]!);
        var wang = api.As((string)(await api.IssueKeyAsync(tenant, "consultant", name: "wang-fang"))["key"]!);
        var auditor = api.As(await api.KeyAsync(tenant, "auditor"));
        var (profileId, _) = await ProfileTests.CreateAsync(li);
        (await li.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = Consistent([4, 4, 2, 2, 1, 1]) })).EnsureSuccessStatusCode();
        (await wang.PostAsJsonAsync($"/v1/profiles/{profileId}/judgments", new { pairwise = Consistent([1, 2, 1, 3, 1, 2]) })).EnsureSuccessStatusCode();

        object[] requests =
        [
            new { samples = 200 },
            new { method = "topsis", samples = 0 },
            new { method = "vikor", vikorV = 0.3, samples = 0 },
            new { method = "promethee-ii", samples = 0 },
            new { teamWeights = true, method = "vikor", vikorV = 0.25, samples = 100 },
        ];
        foreach (var request in requests)
        {
            var response = await li.PostAsJsonAsync($"/v1/profiles/{profileId}/recommendations", request);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var stored = (await ApiFixture.StoredEventsAsync(profileId)).Where(e => (string)e["type"]! == "recommendation_issued")
            .Select(e => e["data"]!.AsObject()).ToList();
        stored.Count.ShouldBe(requests.Length);
        stored.ShouldContain(data => data["options"]!["team"] != null && data["options"]!["vikorV"] != null);
        stored.ShouldContain(data => data["result"]!["promethee"] != null);
        foreach (var data in stored)
        {
            ((string)data["hashScheme"]!).ShouldBe(AuditHash.JcsSha256V1);
            var hash = (string)data["hash"]!;
            var withoutHash = data.DeepClone().AsObject();
            withoutHash.Remove("hash");

            var canonical = JsonCanonicalizer.Canonicalize(withoutHash.ToJsonString());

            Convert.ToHexStringLower(SHA256.HashData(canonical)).ShouldBe(hash, (string)data["options"]!["method"]!);
        }

        // And the chain check, which hashes the recommendation as it reads it back, agrees. PROMETHEE II gives a
        // criterion of weight 0 a contribution of -0, which PostgreSQL stores as 0: JCS writes both as 0.
        var check = (await auditor.GetFromJsonAsync<JsonObject>("/v1/audit/verify"))!;
        ((bool)check["valid"]!).ShouldBeTrue(check.ToJsonString());
        ((int)check["recommendationsChecked"]!).ShouldBe(requests.Length);
    }
}
