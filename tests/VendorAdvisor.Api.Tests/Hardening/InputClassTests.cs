using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Hardening;

/// Whole classes of input that used to reach PostgreSQL or the code and fail there with a 500: NUL in any
/// text, null inside nested objects, page numbers past any offset, the all-zero GUID as an id, and the
/// strict reading the OpenAPI document promises (unknown fields, duplicate keys, seed's range).
[Collection(ApiTests.Name)]
public sealed class InputClassTests(ApiFixture api)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static readonly string Profile = """{"name":"N","sector":"gaming","origin":"domestic"}""";

    [Theory]
    [InlineData("/v1/profiles", """{"name":"a\u0000b","sector":"gaming","origin":"domestic"}""", "name")]
    [InlineData("/v1/profiles", """{"name":"a\ud800b","sector":"gaming","origin":"domestic"}""", "name")]
    [InlineData("/v1/evaluate", """{"name":"x","sector":"gaming","origin":"domestic","constraints":{"excludedVendors":["aws\u0000"]}}""", "constraints.excludedVendors[0]")]
    public async Task Nul_or_broken_text_in_a_body_is_400_and_stores_nothing(string route, string body, string field)
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var problem = await (await client.PostAsync(route, Json(body))).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldContain(field);
        ((JsonArray)(await client.GetFromJsonAsync<JsonObject>("/v1/profiles"))!["items"]!).ShouldBeEmpty();
    }

    [Fact]
    public async Task Nul_in_admin_text_is_400()
    {
        var admin = api.SystemAdmin();
        await (await admin.PostAsync("/v1/admin/tenants", Json("""{"id":"t-nul","name":"a\u0000"}"""))).ShouldBeProblemAsync(400);
        var tenantId = await api.CreateTenantAsync();
        await (await admin.PostAsync($"/v1/admin/tenants/{tenantId}/keys", Json("""{"name":"k\u0000","role":"auditor"}"""))).ShouldBeProblemAsync(400);
        var tenantAdmin = api.As(await api.KeyAsync(tenantId, "admin"));
        await (await tenantAdmin.PutAsync("/v1/catalog/overrides/aws-china/price",
            Json("""{"score":5,"uncertainty":1,"rationale":"r\u0000"}"""))).ShouldBeProblemAsync(400);
    }

    [Theory]
    [InlineData("/v1/profiles?search=a%00b", "search")]
    [InlineData("/v1/audit/events?type=a%00b", "type")]
    [InlineData("/v1/audit/events?actor=%00", "actor")]
    [InlineData("/v1/audit/events?stream=%00", "stream")]
    public async Task Nul_in_a_query_parameter_is_400_naming_it(string url, string field)
    {
        var (tenantId, _) = await api.TenantClientAsync("consultant");
        var admin = api.As(await api.KeyAsync(tenantId, "admin"));

        var problem = await (await admin.GetAsync(url)).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldContain(field);
    }

    [Theory]
    [InlineData("""{"constraints":{"minimumScores":null}}""")]
    [InlineData("""{"constraints":{"excludedVendors":null}}""")]
    [InlineData("""{"constraints":{"excludedVendors":[null]}}""")]
    [InlineData("""{"priorities":{"price":null}}""")]
    [InlineData("""{"regions":[null]}""")]
    public async Task A_null_inside_a_nested_object_is_400_on_create_patch_and_evaluate(string extra)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var body = JsonNode.Parse(Profile)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(extra)!.AsObject()) body[name] = value?.DeepClone();

        await (await client.PostAsync("/v1/profiles", Json(body.ToJsonString()))).ShouldBeProblemAsync(400);
        await (await client.PostAsync("/v1/evaluate", Json(body.ToJsonString()))).ShouldBeProblemAsync(400);
        var created = await client.PostAsync("/v1/profiles", Json(Profile));
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = Json(extra) };
        patch.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        await (await client.SendAsync(patch)).ShouldBeProblemAsync(400);
    }

    [Theory]
    [InlineData("page=2147483647")]
    [InlineData("page=1000001")]
    [InlineData("page=0")]
    [InlineData("limit=2147483647")]
    public async Task Page_numbers_past_the_bound_are_400_on_every_list(string query)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var created = await client.PostAsync("/v1/profiles", Json(Profile));
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        await (await client.GetAsync($"/v1/profiles?{query}")).ShouldBeProblemAsync(400);
        await (await client.GetAsync($"/v1/profiles/{id}/recommendations?{query}")).ShouldBeProblemAsync(400);
        (await client.GetAsync($"/v1/profiles?page={VendorAdvisor.Api.Infrastructure.Paging.MaxPage}")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Theory]
    [InlineData("GET", "/v1/profiles/00000000-0000-0000-0000-000000000000")]
    [InlineData("PATCH", "/v1/profiles/00000000-0000-0000-0000-000000000000")]
    [InlineData("DELETE", "/v1/profiles/00000000-0000-0000-0000-000000000000")]
    [InlineData("POST", "/v1/profiles/00000000-0000-0000-0000-000000000000/recommendations")]
    [InlineData("GET", "/v1/recommendations/00000000-0000-0000-0000-000000000000")]
    [InlineData("POST", "/v1/recommendations/00000000-0000-0000-0000-000000000000/replay")]
    public async Task The_all_zero_id_is_404_on_every_id_route(string method, string url)
    {
        var (_, client) = await api.TenantClientAsync("admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method is "GET" or "DELETE" ? null : Json("{}") };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await (await client.SendAsync(request)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_unknown_field_is_400_naming_it()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var problem = await (await client.PostAsync("/v1/profiles",
            Json("""{"name":"N","sector":"gaming","origin":"domestic","priceSensitivty":"high"}"""))).ShouldBeProblemAsync(400);

        problem.ErrorFields().ShouldContain("priceSensitivty");
    }

    [Fact]
    public async Task A_key_given_twice_is_400_and_issues_no_key()
    {
        var tenantId = await api.CreateTenantAsync();
        var admin = api.SystemAdmin();

        await (await admin.PostAsync($"/v1/admin/tenants/{tenantId}/keys",
            Json("""{"name":"twice","role":"auditor","role":"admin"}"""))).ShouldBeProblemAsync(400);

        var keys = (await admin.GetFromJsonAsync<JsonNode>($"/v1/admin/tenants/{tenantId}/keys"))!;
        keys.ToJsonString().ShouldNotContain("twice");
    }

    [Fact]
    public async Task Seed_is_read_as_the_documented_int64_and_refused_below_zero()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var id = (string)(await (await client.PostAsync("/v1/profiles", Json(Profile))).Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        await (await client.PostAsync($"/v1/profiles/{id}/recommendations", Json("""{"seed":-1,"samples":0}"""))).ShouldBeProblemAsync(400);
        await (await client.PostAsync($"/v1/profiles/{id}/recommendations", Json("""{"seed":9223372036854775808,"samples":0}"""))).ShouldBeProblemAsync(400);
        var top = await client.PostAsync($"/v1/profiles/{id}/recommendations", Json("""{"seed":9223372036854775807,"samples":0}"""));
        top.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await top.Content.ReadAsStringAsync());
    }
}
