using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FastEndpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace VendorAdvisor.Api.Tests.Platform;

/// Reads the served OpenAPI document and fails on any defect that would break a generated client or
/// mislead a person in Swagger UI.
[Collection(ApiTests.Name)]
public sealed partial class OpenApiDocumentTests(ApiFixture api)
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();

    private static IEnumerable<(string Path, string Verb, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from verb in path.Value!.AsObject()
        where Verbs.Contains(verb.Key)
        select (path.Key, verb.Key, verb.Value!.AsObject());

    [Fact]
    public async Task Every_endpoint_is_documented_once_with_a_unique_operation_id_and_a_summary()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        var endpoints = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<EndpointDefinition>() is not null)
            .ToList();

        operations.Count.ShouldBe(endpoints.Count);
        operations.Select(op => (string?)op.Operation["operationId"]).ShouldAllBe(id => !string.IsNullOrWhiteSpace(id));
        operations.Select(op => (string)op.Operation["operationId"]!).ShouldBeUnique();
        foreach (var (path, verb, operation) in operations)
        {
            ((string?)operation["summary"]).ShouldNotBeNullOrWhiteSpace($"{verb} {path} has no summary");
            operation["tags"]!.AsArray().Count.ShouldBe(1, $"{verb} {path}");
        }
    }

    [Fact]
    public async Task Every_route_parameter_is_a_required_path_parameter_and_nothing_else_is_in_the_path()
    {
        foreach (var (path, verb, operation) in Operations(await DocumentAsync()))
        {
            var inTemplate = RouteParameter().Matches(path).Select(match => match.Groups[1].Value).ToList();
            var declared = (operation["parameters"]?.AsArray() ?? [])
                .Where(parameter => (string)parameter!["in"]! == "path")
                .ToList();
            declared.Select(parameter => (string)parameter!["name"]!).ShouldBe(inTemplate, ignoreOrder: true, $"{verb} {path}");
            declared.ShouldAllBe(parameter => (bool)parameter!["required"]!, $"{verb} {path}");
        }
    }

    [Fact]
    public async Task Reads_and_deletes_have_no_body_and_bodies_leave_out_route_values()
    {
        var document = await DocumentAsync();
        foreach (var (path, verb, operation) in Operations(document))
        {
            if (verb is "get" or "delete")
            {
                operation.ContainsKey("requestBody").ShouldBeFalse($"{verb} {path} documents a body");
                continue;
            }
            if (operation["requestBody"] is not JsonObject body) continue;
            var media = body["content"]!["application/json"]!;
            media["example"].ShouldNotBeNull($"{verb} {path} has no request example");
            var properties = Resolve(document, media["schema"]!)["properties"]?.AsObject() ?? [];
            foreach (var name in RouteParameter().Matches(path).Select(match => match.Groups[1].Value))
            {
                properties.ContainsKey(name).ShouldBeFalse($"{verb} {path}: route value '{name}' is also in the body");
                media["example"]!.AsObject().ContainsKey(name).ShouldBeFalse($"{verb} {path}: route value '{name}' in the example body");
            }
        }
    }

    [Fact]
    public async Task Every_operation_documents_its_success_with_an_example_and_its_errors_as_problem_details()
    {
        foreach (var (path, verb, operation) in Operations(await DocumentAsync()))
        {
            var responses = operation["responses"]!.AsObject();
            var successes = responses.Where(response => response.Key.StartsWith('2')).ToList();
            successes.ShouldNotBeEmpty($"{verb} {path} documents no success");
            foreach (var (status, response) in successes.Where(response => response.Key != "204"))
            {
                // JSON, or one of the pages and streams that are not JSON at all.
                var content = response!["content"]?.AsObject();
                var media = content?["application/json"] ?? content?["text/html"] ?? content?["text/event-stream"];
                media.ShouldNotBeNull($"{verb} {path} {status} has no JSON body");
                media["example"].ShouldNotBeNull($"{verb} {path} {status} has no example");
            }

            responses.ContainsKey("500").ShouldBeTrue($"{verb} {path} does not document 500");
            foreach (var (status, response) in responses.Where(response => response.Key[0] is '4' or '5'))
            {
                ((string?)response!["description"]).ShouldNotBeNullOrWhiteSpace();
                var problem = response["content"]?["application/problem+json"];
                problem.ShouldNotBeNull($"{verb} {path} {status} is not problem details");
                problem["example"].ShouldNotBeNull($"{verb} {path} {status} has no example");
            }
        }
    }

    [Fact]
    public async Task Operations_that_need_a_key_say_so_and_document_401_and_403()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        ((string)scheme["in"]!).ShouldBe("header");
        ((string)scheme["name"]!).ShouldBe("X-Api-Key");

        foreach (var (path, verb, operation) in Operations(document))
        {
            var secured = operation["security"] is JsonArray { Count: > 0 };
            if (path.StartsWith("/health/", StringComparison.Ordinal))
            {
                secured.ShouldBeFalse($"{verb} {path} should be open");
                continue;
            }
            secured.ShouldBeTrue($"{verb} {path} declares no security");
            operation["responses"]!.AsObject().ContainsKey("401").ShouldBeTrue($"{verb} {path}");
            operation["responses"]!.AsObject().ContainsKey("403").ShouldBeTrue($"{verb} {path}");
        }
    }

    [Fact]
    public async Task Schema_names_are_specific_and_every_reference_resolves()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var generic = schemas.Select(schema => schema.Key).Where(name => name == "Request" || name == "Response" || name.Contains('`'));
        generic.ShouldBeEmpty();
        foreach (Match reference in SchemaReference().Matches(document.ToJsonString()))
        {
            schemas.ContainsKey(reference.Groups[1].Value).ShouldBeTrue($"dangling reference {reference.Value}");
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var page = await api.Anonymous().GetStringAsync("/swagger/index.html");

        page.ShouldContain("swagger-ui");
    }

    private static JsonObject Resolve(JsonObject document, JsonNode schema) =>
        schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/').Last()]!.AsObject()
            : schema.AsObject();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("#/components/schemas/([^\"]+)")]
    private static partial Regex SchemaReference();
}
