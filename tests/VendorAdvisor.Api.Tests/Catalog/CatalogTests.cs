using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Catalog;

[Collection(ApiTests.Name)]
public sealed class CatalogTests(ApiFixture api)
{
    [Fact]
    public async Task The_four_vendors_are_listed_with_a_score_per_criterion()
    {
        var (_, client) = await api.TenantClientAsync("auditor");

        var vendors = (await client.GetFromJsonAsync<JsonObject>("/v1/vendors"))!;

        vendors["items"]!.AsArray().Select(v => (string)v!["id"]!)
            .ShouldBe(["alibaba-cloud", "huawei-cloud", "tencent-cloud", "aws-china"], ignoreOrder: true);
        vendors["items"]!.AsArray().ShouldAllBe(v => v!["scores"]!.AsObject().Count == 6);
    }

    [Fact]
    public async Task A_vendor_shows_each_assessment_with_rationale_and_sources()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var aws = (await client.GetFromJsonAsync<JsonObject>("/v1/vendors/aws-china"))!;

        var operators = aws["operators"]!.AsArray().Select(o => (string)o!["name"]!).ToList();
        operators.ShouldContain(name => name.Contains("Sinnet", StringComparison.Ordinal));
        operators.ShouldContain(name => name.Contains("NWCD", StringComparison.Ordinal));
        var assessments = aws["assessments"]!.AsArray();
        assessments.Count.ShouldBe(6);
        foreach (var assessment in assessments)
        {
            ((double)assessment!["score"]!).ShouldBeInRange(0, 10);
            ((double)assessment["uncertainty"]!).ShouldBeGreaterThan(0);
            ((string)assessment["rationale"]!).Length.ShouldBeGreaterThan(20);
            assessment["sources"]!.AsArray().ShouldNotBeEmpty();
            ((string)assessment["sources"]![0]!["title"]!).ShouldNotBeNullOrWhiteSpace();
        }
        await (await client.GetAsync("/v1/vendors/oracle-cloud")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_override_makes_a_new_tenant_catalog_version_used_by_later_recommendations_only()
    {
        var (_, admin) = await api.TenantClientAsync("admin");
        var profile = await admin.PostAsJsonAsync("/v1/profiles", new { name = "x", sector = "retail", origin = "domestic" });
        var profileId = (string)(await profile.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var before = (await (await admin.PostAsync($"/v1/profiles/{profileId}/recommendations", null)).Content.ReadFromJsonAsync<JsonObject>())!;

        var response = await admin.PutAsJsonAsync("/v1/catalog/overrides/aws-china/payment-integration",
            new { score = 6, uncertainty = 1, rationale = "Our clients settle through a partner that integrates with it." });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var catalog = (await admin.GetFromJsonAsync<JsonObject>("/v1/catalog"))!;
        ((long)catalog["revision"]!).ShouldBe(1);
        var assessment = catalog["vendors"]!.AsArray().Single(v => (string)v!["id"]! == "aws-china")!["assessments"]!.AsArray()
            .Single(a => (string)a!["criterion"]! == "payment-integration")!;
        ((double)assessment["score"]!).ShouldBe(6);
        ((bool)assessment["overridden"]!).ShouldBeTrue();
        var after = (await (await admin.PostAsync($"/v1/profiles/{profileId}/recommendations", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)after["catalogVersion"]!).ShouldBe((string)catalog["version"]!);
        var reread = await admin.GetFromJsonAsync<JsonObject>($"/v1/recommendations/{before["id"]}");
        ((string)reread!["catalogVersion"]!).ShouldEndWith("-r0");
    }

    [Fact]
    public async Task Removing_an_override_restores_the_published_assessment_and_a_missing_one_is_404()
    {
        var (_, admin) = await api.TenantClientAsync("admin");
        var published = (await admin.GetFromJsonAsync<JsonObject>("/v1/vendors/huawei-cloud"))!["assessments"]![0]!;
        var criterion = (string)published["criterion"]!;
        (await admin.PutAsJsonAsync($"/v1/catalog/overrides/huawei-cloud/{criterion}", new { score = 1, uncertainty = 0, rationale = "Test." }))
            .EnsureSuccessStatusCode();

        (await admin.DeleteAsync($"/v1/catalog/overrides/huawei-cloud/{criterion}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var restored = (await admin.GetFromJsonAsync<JsonObject>("/v1/vendors/huawei-cloud"))!["assessments"]![0]!;
        ((double)restored["score"]!).ShouldBe((double)published["score"]!);
        ((bool)restored["overridden"]!).ShouldBeFalse();
        ((string)(await admin.GetFromJsonAsync<JsonObject>("/v1/catalog"))!["version"]!).ShouldEndWith("-r2");
        await (await admin.DeleteAsync($"/v1/catalog/overrides/huawei-cloud/{criterion}")).ShouldBeProblemAsync(404);
    }

    [Theory]
    [InlineData("""{"score":11,"uncertainty":1,"rationale":"x"}""", "score")]
    [InlineData("""{"score":5,"uncertainty":-1,"rationale":"x"}""", "uncertainty")]
    [InlineData("""{"score":5,"uncertainty":1,"rationale":""}""", "rationale")]
    [InlineData("""{"uncertainty":1,"rationale":"x"}""", "score")]
    public async Task Invalid_overrides_are_400_with_the_field_named(string body, string field)
    {
        var (_, admin) = await api.TenantClientAsync("admin");

        var response = await admin.PutAsync("/v1/catalog/overrides/aws-china/price", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldContain(field);
        ((long)(await admin.GetFromJsonAsync<JsonObject>("/v1/catalog"))!["revision"]!).ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_vendors_or_criteria_cannot_be_overridden()
    {
        var (_, admin) = await api.TenantClientAsync("admin");
        var body = new { score = 5, uncertainty = 1, rationale = "x" };

        await (await admin.PutAsJsonAsync("/v1/catalog/overrides/oracle-cloud/price", body)).ShouldBeProblemAsync(404);
        await (await admin.PutAsJsonAsync("/v1/catalog/overrides/aws-china/speed", body)).ShouldBeProblemAsync(404);
    }

    [Theory]
    [InlineData("consultant")]
    [InlineData("auditor")]
    public async Task Only_tenant_admins_override_the_catalog(string role)
    {
        var (_, client) = await api.TenantClientAsync(role);

        await (await client.PutAsJsonAsync("/v1/catalog/overrides/aws-china/price", new { score = 5, uncertainty = 1, rationale = "x" }))
            .ShouldBeProblemAsync(403);
        await (await client.DeleteAsync("/v1/catalog/overrides/aws-china/price")).ShouldBeProblemAsync(403);
    }
}
