using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace VendorAdvisor.Api.Tests.Admin;

[Collection(ApiTests.Name)]
public sealed class ApiKeyTests(ApiFixture api)
{
    [Fact]
    public async Task A_key_works_until_it_is_revoked_and_then_gets_401()
    {
        var tenantId = await api.CreateTenantAsync();
        var issued = await api.IssueKeyAsync(tenantId, "consultant", name: "li-wei");
        var client = api.As((string)issued["key"]!);

        var me = await client.GetFromJsonAsync<JsonObject>("/v1/me");
        ((string)me!["tenantId"]!).ShouldBe(tenantId);
        ((string)me["actor"]!).ShouldBe("li-wei");
        ((string)me["role"]!).ShouldBe("consultant");

        var revoked = await api.SystemAdmin().DeleteAsync($"/v1/admin/tenants/{tenantId}/keys/{issued["id"]}");
        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await client.GetAsync("/v1/me")).ShouldBeProblemAsync(401);
        var again = await api.SystemAdmin().DeleteAsync($"/v1/admin/tenants/{tenantId}/keys/{issued["id"]}");
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Issuing_a_key_answers_201_with_the_key_once_and_a_location_for_its_details()
    {
        var tenantId = await api.CreateTenantAsync();

        var response = await api.SystemAdmin().PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { name = "ops", role = "admin" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)body["key"]!).ShouldStartWith("va_");
        ((string)body["createdBy"]!).ShouldBe("system-admin");
        var details = await api.SystemAdmin().GetFromJsonAsync<JsonObject>(response.Headers.Location!);
        ((string)details!["name"]!).ShouldBe("ops");
        details.ContainsKey("key").ShouldBeFalse();
    }

    [Fact]
    public async Task Listing_keys_shows_revocation_and_never_the_key_or_its_hash()
    {
        var tenantId = await api.CreateTenantAsync();
        var kept = await api.IssueKeyAsync(tenantId, "auditor");
        var dropped = await api.IssueKeyAsync(tenantId, "consultant");
        await api.SystemAdmin().DeleteAsync($"/v1/admin/tenants/{tenantId}/keys/{dropped["id"]}");

        var text = await api.SystemAdmin().GetStringAsync($"/v1/admin/tenants/{tenantId}/keys");

        var items = JsonNode.Parse(text)!["items"]!.AsArray();
        items.Select(item => (string)item!["id"]!).ShouldBe([(string)kept["id"]!, (string)dropped["id"]!]);
        items[0]!.AsObject().ContainsKey("revokedAt").ShouldBeFalse();
        ((string)items[1]!["revokedBy"]!).ShouldBe("system-admin");
        text.ShouldNotContain((string)kept["key"]!);
        text.ShouldNotContain("secretHash", Case.Insensitive);
    }

    [Fact]
    public async Task Only_a_hash_of_the_key_reaches_the_database()
    {
        var tenantId = await api.CreateTenantAsync();
        var key = (string)(await api.IssueKeyAsync(tenantId, "consultant"))["key"]!;
        // The secret itself may hold '_' (base64url): split where the key format says, not at the last '_'.
        VendorAdvisor.Api.Infrastructure.Security.ApiKeySecret.TryParse(key, out _, out var secret).ShouldBeTrue();

        await using var connection = new NpgsqlConnection(ApiFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from vendoradvisor_registry.mt_doc_apikeycredential where data->>'tenantId' = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(1);
        command.CommandText = "select count(*) from vendoradvisor_registry.mt_doc_apikeycredential where strpos(data::text, @secret) > 0";
        command.Parameters.AddWithValue("secret", secret); // not LIKE: '_' in a secret is a wildcard there
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Fact]
    public async Task A_tenant_admin_manages_its_own_tenants_keys()
    {
        var (tenantId, admin) = await api.TenantClientAsync("admin");

        var issued = await api.IssueKeyAsync(tenantId, "auditor", issuer: admin, name: "auditor-1");
        ((string)issued["createdBy"]!).ShouldStartWith("admin-");
        (await admin.GetFromJsonAsync<JsonObject>($"/v1/admin/tenants/{tenantId}/keys"))!["items"]!.AsArray().Count.ShouldBe(2);
        (await admin.DeleteAsync($"/v1/admin/tenants/{tenantId}/keys/{issued["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("consultant")]
    [InlineData("auditor")]
    public async Task Consultants_and_auditors_cannot_manage_keys(string role)
    {
        var (tenantId, client) = await api.TenantClientAsync(role);

        await (await client.PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { name = "x", role = "admin" })).ShouldBeProblemAsync(403);
        await (await client.GetAsync($"/v1/admin/tenants/{tenantId}/keys")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Another_tenants_keys_are_invisible_to_a_tenant_admin()
    {
        var (_, admin) = await api.TenantClientAsync("admin");
        var victim = await api.CreateTenantAsync();
        var victimKey = await api.IssueKeyAsync(victim, "consultant");
        var victimKeyUrl = $"/v1/admin/tenants/{victim}/keys/{victimKey["id"]}";

        await (await admin.GetAsync($"/v1/admin/tenants/{victim}/keys")).ShouldBeProblemAsync(404);
        await (await admin.GetAsync(victimKeyUrl)).ShouldBeProblemAsync(404);
        await (await admin.DeleteAsync(victimKeyUrl)).ShouldBeProblemAsync(404);
        await (await admin.PostAsJsonAsync($"/v1/admin/tenants/{victim}/keys", new { name = "x", role = "admin" })).ShouldBeProblemAsync(404);

        // The victim's key still works: nothing was changed by the attempts.
        (await api.As((string)victimKey["key"]!).GetAsync("/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_key_id_from_another_tenant_under_ones_own_tenant_is_404()
    {
        var (own, admin) = await api.TenantClientAsync("admin");
        var other = await api.CreateTenantAsync();
        var otherKey = await api.IssueKeyAsync(other, "consultant");

        await (await admin.GetAsync($"/v1/admin/tenants/{own}/keys/{otherKey["id"]}")).ShouldBeProblemAsync(404);
        await (await admin.DeleteAsync($"/v1/admin/tenants/{own}/keys/{otherKey["id"]}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Issuing_a_key_for_an_unknown_tenant_is_404()
    {
        var response = await api.SystemAdmin().PostAsJsonAsync($"/v1/admin/tenants/{ApiFixture.NewTenantId()}/keys", new { name = "x", role = "admin" });

        await response.ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_the_valid_roles_listed()
    {
        var tenantId = await api.CreateTenantAsync();

        var response = await api.SystemAdmin().PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { name = "x", role = "owner" });

        var problem = await response.ShouldBeProblemAsync(400);
        problem.ErrorFields().ShouldContain("role");
        problem.ToJsonString().ShouldContain("admin, consultant, auditor");
        problem.ToJsonString().ShouldNotContain("VendorAdvisor.");
    }

    [Fact]
    public async Task A_missing_role_is_a_field_error()
    {
        var tenantId = await api.CreateTenantAsync();

        var response = await api.SystemAdmin().PostAsJsonAsync($"/v1/admin/tenants/{tenantId}/keys", new { name = "x" });

        (await response.ShouldBeProblemAsync(400)).ErrorFields().ShouldBe(["role"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("va_0196f3a27c1e7b4a9d2f5e8a1c3b4d6e_wrongsecret")]
    public async Task Missing_malformed_or_unknown_keys_get_401(string? key)
    {
        var client = key is null ? api.Anonymous() : api.As(key);

        var response = await client.GetAsync("/v1/me");

        await response.ShouldBeProblemAsync(401);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("X-Api-Key");
    }

    [Fact]
    public async Task A_real_key_id_with_a_wrong_secret_gets_401()
    {
        var tenantId = await api.CreateTenantAsync();
        var key = (string)(await api.IssueKeyAsync(tenantId, "admin"))["key"]!;
        var forged = key[..(key.LastIndexOf('_') + 1)] + new string('A', 43);

        await (await api.As(forged).GetAsync("/v1/me")).ShouldBeProblemAsync(401);
    }
}
