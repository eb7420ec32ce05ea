using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Platform;

/// What a client generated from the document relies on: optional fields nullable, required fields required,
/// response schemas and headers as the server really sends them, and problem examples as real problems are.
[Collection(ApiTests.Name)]
public sealed class OpenApiContractTests(ApiFixture api)
{
    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();

    private static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    private static JsonObject Operation(JsonObject document, string path, string verb) => document["paths"]![path]![verb]!.AsObject();

    private static IEnumerable<string> Required(JsonObject schema) =>
        schema["required"]?.AsArray().Select(name => (string)name!) ?? [];

    [Fact]
    public async Task Optional_enum_fields_of_every_request_are_nullable_so_generated_clients_leave_them_unset()
    {
        var document = await DocumentAsync();
        var enums = document["components"]!["schemas"]!.AsObject().Where(schema => schema.Value!["enum"] is not null).Select(schema => schema.Key).ToHashSet();
        var requests = document["components"]!["schemas"]!.AsObject().Where(schema => schema.Key.EndsWith("Request", StringComparison.Ordinal));
        var checkedFields = 0;
        foreach (var (name, schema) in requests)
        {
            var required = Required(schema!.AsObject()).ToHashSet();
            foreach (var (field, property) in schema["properties"]?.AsObject() ?? [])
            {
                var target = (string?)property!["$ref"] ?? (string?)property["oneOf"]?[0]?["$ref"];
                if (target is null || !enums.Contains(target.Split('/').Last()) || required.Contains(field)) continue;
                checkedFields++;
                property["$ref"].ShouldBeNull($"{name}.{field} is a bare enum reference: generators make it non-nullable");
                ((bool?)property["nullable"]).ShouldBe(true, $"{name}.{field}");
            }
        }
        checkedFields.ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("CreateProfileRequest", "name,sector,origin")]
    [InlineData("EvaluateProfileRequest", "name,sector,origin")]
    [InlineData("SetAssessmentOverrideRequest", "score,uncertainty,rationale")]
    [InlineData("CreateApiKeyRequest", "name,role")]
    [InlineData("ProposedAssessment", "vendor,criterion,score")]
    public async Task Fields_the_server_refuses_to_miss_are_required_and_not_nullable(string schemaName, string fields)
    {
        var schema = Schema(await DocumentAsync(), schemaName);

        foreach (var field in fields.Split(','))
        {
            Required(schema).ShouldContain(field, $"{schemaName}.{field}");
            ((bool?)schema["properties"]![field]!["nullable"]).ShouldNotBe(true, $"{schemaName}.{field}");
        }
        Required(schema).ShouldNotContain("description");
    }

    [Fact]
    public async Task A_patch_documents_no_required_field_and_an_issue_may_leave_its_body_out()
    {
        var document = await DocumentAsync();

        Required(Schema(document, "UpdateProfileRequest")).ShouldBeEmpty();
        ((bool?)Operation(document, "/v1/profiles/{profileId}/recommendations", "post")["requestBody"]!["required"]).ShouldNotBe(true);
        ((bool?)Operation(document, "/v1/profiles", "post")["requestBody"]!["required"]).ShouldBe(true);
    }

    [Fact]
    public async Task The_what_if_documents_the_result_it_returns_not_a_stored_recommendation()
    {
        var document = await DocumentAsync();
        var media = Operation(document, "/v1/evaluate", "post")["responses"]!["200"]!["content"]!["application/json"]!;

        ((string)media["schema"]!["$ref"]!).ShouldBe("#/components/schemas/EvaluationResponse");
        media["example"]!.AsObject().ContainsKey("hash").ShouldBeFalse();
        Required(Schema(document, "EvaluationResponse")).ShouldNotContain("hash");
    }

    [Fact]
    public async Task Response_headers_a_client_reads_are_documented()
    {
        var document = await DocumentAsync();
        JsonObject Headers(string path, string verb, string status) =>
            Operation(document, path, verb)["responses"]![status]!["headers"]!.AsObject();

        Headers("/v1/profiles/{profileId}", "get", "200").ContainsKey("ETag").ShouldBeTrue();
        Headers("/v1/profiles/{profileId}", "patch", "200").ContainsKey("ETag").ShouldBeTrue();
        Headers("/v1/profiles", "post", "201").Select(header => header.Key).ShouldBe(
            ["X-Correlation-Id", "Location", "Idempotent-Replayed", "ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"],
            ignoreOrder: true);
        Headers("/v1/profiles", "get", "200").ContainsKey("Link").ShouldBeTrue();
        Headers("/v1/audit/events", "get", "200").ContainsKey("Link").ShouldBeTrue();
        Headers("/v1/vendors/{vendorId}", "get", "200").ContainsKey("Link").ShouldBeFalse();
        Operation(document, "/v1/vendors/{vendorId}", "get")["responses"]!.AsObject().ContainsKey("304").ShouldBeTrue();
        Operation(document, "/v1/profiles/{profileId}", "get")["responses"]!.AsObject().ContainsKey("304").ShouldBeTrue();
        Headers("/v1/profiles/{profileId}", "get", "304").ContainsKey("ETag").ShouldBeTrue();
        Headers("/health/ready", "get", "200").ContainsKey("RateLimit-Limit").ShouldBeFalse();
        Headers("/v1/profiles/{profileId}/recommendations", "post", "201").ContainsKey("Idempotent-Replayed").ShouldBeTrue();
        Headers("/v1/me", "get", "429").ContainsKey("Retry-After").ShouldBeTrue();
        foreach (var operation in document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()))
        {
            foreach (var (status, response) in operation.Value!["responses"]!.AsObject())
            {
                response!["headers"]?["X-Correlation-Id"].ShouldNotBeNull($"{operation.Key} {status}");
                if (status == "201") response["headers"]!["Location"].ShouldNotBeNull();
            }
        }
    }

    [Fact]
    public async Task The_document_names_its_server_licence_contact_and_describes_every_tag()
    {
        var document = await DocumentAsync();

        ((string)document["servers"]![0]!["url"]!).ShouldStartWith("http");
        ((string?)document["info"]!["license"]?["name"]).ShouldNotBeNullOrWhiteSpace();
        ((string?)document["info"]!["contact"]?["name"]).ShouldNotBeNullOrWhiteSpace();
        document["tags"]!.AsArray().ShouldAllBe(tag => !string.IsNullOrWhiteSpace((string?)tag!["description"]));
    }

    [Fact]
    public async Task Problem_examples_carry_the_type_real_problems_carry()
    {
        var document = await DocumentAsync();
        var (tenantId, client) = await api.TenantClientAsync("consultant");
        var created = await client.PostAsJsonAsync("/v1/profiles", new { name = "Contract", sector = "retail", origin = "domestic" });
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var patch = (string? ifMatch) =>
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = JsonContent.Create(new { name = "x" }) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return client.SendAsync(request);
        };
        var real = new Dictionary<string, HttpResponseMessage>
        {
            ["400"] = await client.PostAsJsonAsync("/v1/profiles", new { }),
            ["401"] = await api.Anonymous().PostAsJsonAsync("/v1/profiles", new { }),
            ["404"] = await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{Guid.CreateVersion7()}")
            {
                Content = JsonContent.Create(new { name = "x" }),
                Headers = { { "If-Match", "\"1\"" } },
            }),
            ["412"] = await patch("\"99\""),
            ["428"] = await patch(null),
        };
        tenantId.ShouldNotBeNull();

        foreach (var (status, response) in real)
        {
            var problem = await response.ShouldBeProblemAsync(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));
            var path = status is "400" or "401" ? "/v1/profiles" : "/v1/profiles/{profileId}";
            var verb = status is "400" or "401" ? "post" : "patch";
            var example = Operation(document, path, verb)["responses"]![status]!["content"]!["application/problem+json"]!["example"]!;
            ((string)example["type"]!).ShouldBe((string)problem["type"]!, $"{verb} {path} {status}");
        }
    }

    [Fact]
    public async Task An_empty_json_body_is_an_empty_object_where_the_body_is_optional()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var created = await client.PostAsJsonAsync("/v1/profiles", new { name = "Empty body", sector = "retail", origin = "domestic" });
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        static StringContent EmptyJson() => new("", Encoding.UTF8, "application/json");

        var issued = await client.PostAsync($"/v1/profiles/{id}/recommendations", EmptyJson());
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var recommendation = (await issued.Content.ReadFromJsonAsync<JsonObject>())!;
        var replay = await client.PostAsync($"/v1/recommendations/{recommendation["id"]}/replay", EmptyJson());
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());

        var create = await client.PostAsync("/v1/profiles", EmptyJson());
        (await create.ShouldBeProblemAsync(400)).ErrorFields().ShouldContain("sector");
    }

    [Fact]
    public async Task Nulls_for_optional_fields_mean_unset_on_create_and_unchanged_on_patch()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var created = await client.PostAsync("/v1/profiles", new StringContent("""
            {"name":"Pharma","description":null,"sector":"pharmaceuticals","origin":"multinational","regions":null,
             "existingClouds":["aws"],"dataCategories":null,"crossBorderTransfer":true,"latencySensitivity":null,
             "priceSensitivity":null,"consumerPaymentsInChina":null,"geopoliticalRiskSensitivity":null,
             "priorities":null,"constraints":null}
            """, Encoding.UTF8, "application/json"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var before = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)before["profile"]!["latencySensitivity"]!).ShouldBe("medium");

        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{before["id"]}")
        {
            Content = new StringContent("""
                {"name":null,"description":null,"sector":null,"origin":null,"regions":null,"existingClouds":null,
                 "dataCategories":null,"crossBorderTransfer":null,"latencySensitivity":null,"priceSensitivity":"high",
                 "consumerPaymentsInChina":null,"geopoliticalRiskSensitivity":null,"priorities":null,"constraints":null}
                """, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var patched = await client.SendAsync(request);

        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var after = (await patched.Content.ReadFromJsonAsync<JsonObject>())!["profile"]!.AsObject();
        var expected = before["profile"]!.DeepClone().AsObject();
        expected["priceSensitivity"] = "high";
        JsonNode.DeepEquals(after, expected).ShouldBeTrue(after.ToJsonString());
    }

    [Fact]
    public async Task Enum_values_are_read_in_any_case_and_as_member_names_and_always_written_kebab_case()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        var created = await client.PostAsJsonAsync("/v1/profiles", new
        {
            name = "Cases",
            sector = "SocialCommerce",
            origin = "DOMESTIC",
            regions = new[] { "MainlandChina", "hong-kong" },
            latencySensitivity = "High",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var profile = (await created.Content.ReadFromJsonAsync<JsonObject>())!["profile"]!;
        ((string)profile["sector"]!).ShouldBe("social-commerce");
        ((string)profile["origin"]!).ShouldBe("domestic");
        profile["regions"]!.AsArray().Select(region => (string)region!).ShouldBe(["mainland-china", "hong-kong"]);
        var unknown = await client.PostAsJsonAsync("/v1/profiles", new { name = "Cases", sector = "Social_Commerce", origin = "domestic" });
        (await unknown.ShouldBeProblemAsync(400)).ErrorReasons().ShouldContain(reason => reason.Contains("social-commerce", StringComparison.Ordinal));
    }
}
