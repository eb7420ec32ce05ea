using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// The two shapes every error takes (RFC 9457), written by hand because the library types they come from
/// describe more (and other defaults) than the API sends; and each example's `type` taken from the same
/// code that writes real problems, so the document cannot drift from the wire.
public sealed class ProblemSchemas(IServiceProvider services)
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "ValidationProblemDetails";
    public const string ValidationError = "ValidationError";

    /// Adds the schemas once to the repository Swashbuckle turns into the document's components.
    public static void AddTo(SchemaRepository repository, OpenApiDocument document)
    {
        if (repository.Schemas.ContainsKey(Problem)) return;
        var schemas = repository.Schemas;
        schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details. Quote `traceId` to support.",
            Required = new HashSet<string> { "type", "title", "status", "traceId" },
            Properties = Common(),
        };
        var validation = Common();
        validation["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "One entry per offending field: its JSON path and why.",
            Items = new OpenApiSchemaReference(ValidationError, document),
        };
        schemas[ValidationProblem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details of a refused request, with the offending fields.",
            Required = new HashSet<string> { "type", "title", "status", "traceId", "errors" },
            Properties = validation,
        };
        schemas[ValidationError] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "name", "reason" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The field, as a JSON path (`constraints.excludedVendors`)." },
                ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
    }

    private static Dictionary<string, IOpenApiSchema> Common() => new()
    {
        ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "Identifies the kind of problem." },
        ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The same for every problem of a status." },
        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong with this request." },
        ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The path of the request." },
        ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "W3C trace id of the request." },
    };

    /// The `type` a real problem of this status carries: built by the same factory and customisation as the
    /// API's own answers.
    public string TypeFor(int status)
    {
        var problem = Problems.Result(status, "").ProblemDetails;
        var customize = services.GetService<IOptions<ProblemDetailsOptions>>()?.Value.CustomizeProblemDetails;
        customize?.Invoke(new ProblemDetailsContext
        {
            HttpContext = new DefaultHttpContext { RequestServices = services },
            ProblemDetails = problem,
        });
        return problem.Type ?? "about:blank";
    }

    public JsonObject Example(int status, string? path)
    {
        var example = new JsonObject
        {
            ["type"] = TypeFor(status),
            ["title"] = Problems.TitleFor(status),
            ["status"] = status,
            ["instance"] = "/" + path,
            ["traceId"] = "00-6b1f0c2d9a4e4c7f8e2b3a5d6c7e8f90-1a2b3c4d5e6f7a8b-01",
        };
        if (status == 400)
        {
            example["errors"] = new JsonArray(new JsonObject { ["name"] = "name", ["reason"] = "'name' must not be empty." });
        }
        return example;
    }
}
