using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Admin;

[Collection(ApiTests.Name)]
public sealed class TenantTests(ApiFixture api)
{
    [Fact]
    public async Task System_admin_creates_a_tenant_and_reads_it_back()
    {
        var id = ApiFixture.NewTenantId();

        var created = await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id, name = "Acme Consulting" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/v1/admin/tenants/{id}");
        var body = await created.Content.ReadFromJsonAsync<JsonObject>();
        ((string)body!["name"]!).ShouldBe("Acme Consulting");
        var read = await api.SystemAdmin().GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{id}");
        ((string)read!["id"]!).ShouldBe(id);
    }

    [Fact]
    public async Task Creating_a_tenant_twice_returns_409_and_keeps_the_first()
    {
        var id = await api.CreateTenantAsync();

        var again = await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id, name = "Impostor" });

        await again.ShouldBeProblemAsync(409);
        var read = await api.SystemAdmin().GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{id}");
        ((string)read!["name"]!).ShouldBe($"Tenant {id}");
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("has space")]
    [InlineData("trailing-")]
    [InlineData("x")]
    public async Task Tenant_ids_outside_lowercase_letters_digits_and_dashes_are_refused_with_the_field_named(string id)
    {
        var response = await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id, name = "X" });

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldContain("id");
    }

    [Fact]
    public async Task Tenant_ids_are_at_most_37_characters_and_a_longer_one_is_a_field_error_that_creates_nothing()
    {
        var longest = ("m-" + Guid.CreateVersion7().ToString("N") + "abc")[..37];
        var tooLong = longest + "x";

        (await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id = longest, name = "X" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id = tooLong, name = "X" });

        var problem = await refused.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldBe(["id"]);
        problem["errors"]!.ToJsonString().ShouldContain("37");
        await (await api.SystemAdmin().GetAsync($"/v1/admin/tenants/{tooLong}")).ShouldBeProblemAsync(404);
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        ((string)document["components"]!["schemas"]!["CreateTenantRequest"]!["properties"]!["id"]!["description"]!)
            .ShouldContain("2 to 37 characters", customMessage: "the OpenAPI document states the limit the server applies");
    }

    [Fact]
    public async Task Missing_name_is_reported_as_a_field_error()
    {
        var response = await api.SystemAdmin().PostAsJsonAsync("/v1/admin/tenants", new { id = ApiFixture.NewTenantId() });

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldBe(["name"]);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("consultant")]
    [InlineData("auditor")]
    public async Task Tenant_keys_cannot_create_tenants(string role)
    {
        var (_, client) = await api.TenantClientAsync(role);

        var response = await client.PostAsJsonAsync("/v1/admin/tenants", new { id = ApiFixture.NewTenantId(), name = "Sneaky" });

        await response.ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task A_tenant_admin_reads_its_own_tenant_but_another_tenant_is_404()
    {
        var (own, admin) = await api.TenantClientAsync("admin");
        var other = await api.CreateTenantAsync();

        (await admin.GetAsync($"/v1/admin/tenants/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.GetAsync($"/v1/admin/tenants/{other}")).ShouldBeProblemAsync(404);
    }
}
