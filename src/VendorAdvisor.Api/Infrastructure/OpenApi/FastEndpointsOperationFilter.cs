using System.Text.Json;
using System.Text.Json.Nodes;
using FastEndpoints;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// Swashbuckle sees FastEndpoints routes through the API explorer but misreads them: route values turn
/// into a request body, parameters and summaries are lost, and only 200 is listed. This filter rebuilds
/// every operation from the endpoint's own definition: its route, its request type's bindings, its
/// summary and examples, and every status it can answer, errors as problem details.
public sealed class FastEndpointsOperationFilter(ProblemSchemas problems, IServiceProvider services) : IOperationFilter
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var definition = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        if (definition is null) return;

        var verb = context.ApiDescription.HttpMethod?.ToUpperInvariant() ?? "GET";
        var summary = definition.EndpointSummary;
        var routeParameters = RequestBinding.RouteParameters(context.ApiDescription.RelativePath);
        var bindings = RequestBinding.Of(definition.ReqDtoType, routeParameters, verb);
        var body = bindings.Where(binding => binding.InBody).ToList();
        var anonymous = definition.AnonymousVerbs?.Contains(verb, StringComparer.OrdinalIgnoreCase) == true;

        operation.OperationId = definition.EndpointType.Name;
        operation.Summary = summary?.Summary;
        operation.Description = summary?.Description;
        var named = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedTag>().FirstOrDefault()?.Name;
        operation.Tags = new HashSet<OpenApiTagReference> { Tag(named, definition.EndpointType, context.Document) };
        operation.Parameters = [.. bindings.Where(binding => !binding.InBody).Select(binding => Parameter(binding, context))];
        var required = RequiredFields.Of(definition, services);
        operation.RequestBody = body.Count == 0 ? null : RequestBody(definition.ReqDtoType, body, required, summary, context);
        ProblemSchemas.AddTo(context.SchemaRepository, context.Document);
        operation.Responses = Responses(definition, summary, context,
            validates: operation.Parameters.Count > 0 || body.Count > 0,
            hasBody: body.Count > 0,
            authenticated: !anonymous,
            hasRoles: definition.AllowedRoles?.Count > 0,
            identifiesResource: routeParameters.Count > 0);
        ResponseHeaders.Describe(operation, verb, context.ApiDescription.RelativePath, definition.ResDtoType, limited: !anonymous,
            context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedHeader>());
        operation.Security = anonymous
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiSetup.ApiKeyScheme, context.Document)] = [] }];
    }

    private static OpenApiTagReference Tag(string? named, Type endpointType, OpenApiDocument document)
    {
        // Features/<Area>/<Slice>.cs: the area is the tag, unless the endpoint names another (DocumentedTag) because
        // the document groups it with another area's operations.
        var area = named ?? endpointType.Namespace?.Split('.').Last() ?? "Other";
        document.Tags ??= new HashSet<OpenApiTag>();
        if (!document.Tags.Any(tag => tag.Name == area)) document.Tags.Add(new OpenApiTag { Name = area });
        return new OpenApiTagReference(area, document);
    }

    private static OpenApiParameter Parameter(RequestBinding binding, OperationFilterContext context)
    {
        var schema = context.SchemaGenerator.GenerateSchema(binding.Property.PropertyType, context.SchemaRepository, binding.Property);
        var nullable = Nullable.GetUnderlyingType(binding.Property.PropertyType) is not null
            || new System.Reflection.NullabilityInfoContext().Create(binding.Property).WriteState == System.Reflection.NullabilityState.Nullable;
        return new OpenApiParameter
        {
            Name = binding.Name,
            In = binding.Location,
            Required = binding.Location == ParameterLocation.Path || !nullable && binding.Location == ParameterLocation.Header,
            Description = schema.Description,
            Schema = schema,
        };
    }

    private static OpenApiRequestBody RequestBody(
        Type requestType, List<RequestBinding> body, IReadOnlySet<string> required, EndpointSummary? summary, OperationFilterContext context)
    {
        var schema = context.SchemaGenerator.GenerateSchema(requestType, context.SchemaRepository);
        // Properties bound from the route, query or headers are not part of the JSON body.
        if (context.SchemaRepository.Schemas.TryGetValue(SchemaNames.For(requestType), out var component)
            && component is OpenApiSchema { Properties: { } properties } bodySchema)
        {
            foreach (var name in properties.Keys.Where(name => !body.Any(binding => binding.Name == name)).ToList())
            {
                properties.Remove(name);
                bodySchema.Required?.Remove(name);
            }
            // What the validator refuses to miss is required, and then null is no answer either.
            foreach (var binding in body.Where(binding => required.Contains(binding.Name)))
            {
                bodySchema.Required ??= new HashSet<string>();
                bodySchema.Required.Add(binding.Name);
                properties[binding.Name] = RequiredFields.NotNullable(properties[binding.Name]);
            }
        }
        return new OpenApiRequestBody
        {
            // A body whose every field is optional may be left out (issuing a recommendation with the defaults).
            Required = body.Any(binding => required.Contains(binding.Name)),
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [Json] = new OpenApiMediaType { Schema = schema, Example = BodyExample(DeferredExample.Resolve(summary?.ExampleRequest), body) },
            },
        };
    }

    private static JsonObject? BodyExample(object? example, List<RequestBinding> body)
    {
        if (ToNode(example) is not JsonObject node) return null;
        foreach (var name in node.Select(pair => pair.Key).Where(name => !body.Any(binding => binding.Name == name)).ToList())
        {
            node.Remove(name);
        }
        return node;
    }

    private OpenApiResponses Responses(
        EndpointDefinition definition, EndpointSummary? summary, OperationFilterContext context,
        bool validates, bool hasBody, bool authenticated, bool hasRoles, bool identifiesResource)
    {
        var declared = summary?.Responses ?? [];
        var responses = new OpenApiResponses();

        var successes = declared.Keys.Where(status => status < 400).DefaultIfEmpty(200);
        foreach (var status in successes.Order())
        {
            var example = DeferredExample.Resolve(summary?.ResponseExamples.GetValueOrDefault(status));
            // The declared response type is what the endpoint sends; an example may be a richer subtype.
            var type = status == 204 ? null
                : definition.ResDtoType is { } declaredType && declaredType != typeof(object) ? declaredType
                : example?.GetType();
            var response = new OpenApiResponse { Description = declared.GetValueOrDefault(status) ?? ReasonPhrases.GetReasonPhrase(status) };
            var formats = context.ApiDescription.SupportedResponseTypes.Where(declared => declared.StatusCode == status)
                .SelectMany(declared => declared.ApiResponseFormats).Select(format => format.MediaType).Distinct().ToList();
            if (formats.Count > 0 && !formats.Contains(Json))
            {
                // Not JSON at all (an HTML page, an event stream): text, with the endpoint's example as it is.
                response.Content = formats.ToDictionary(format => format, IOpenApiMediaType (_) => new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = example is string text ? JsonValue.Create(text) : null,
                });
            }
            else if (type is not null && type != typeof(object) && type != typeof(EmptyResponse))
            {
                var schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository);
                response.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [Json] = new OpenApiMediaType { Schema = schema, Example = ToNode(example, type) },
                };
                // Other media types the endpoint declares with Produces (an NDJSON export, say): their lines' schema
                // when the endpoint documents it, since a line is not the JSON answer.
                var lines = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedLines>().ToList();
                foreach (var format in formats.Where(format => format != Json))
                {
                    response.Content[format] = new OpenApiMediaType
                    {
                        Schema = lines.FirstOrDefault(line => line.MediaType == format)?.Schema(context) ?? schema,
                    };
                }
            }
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        var errors = new SortedDictionary<int, string>();
        if (validates) errors[400] = "The request is invalid; `errors` names each offending field and why.";
        if (authenticated) errors[401] = $"The {ApiKeyAuthenticationHandler.HeaderName} header is missing, or the key is unknown or revoked.";
        if (authenticated && hasRoles) errors[403] = "The key's role does not allow this operation.";
        if (identifiesResource) errors[404] = "Nothing with this id exists for the caller's tenant.";
        if (authenticated) errors[429] = "The key has used its allowance of requests; retry after the seconds in Retry-After.";
        if (hasBody)
        {
            errors[413] = $"The body is larger than {Problems.MaxRequestBodyBytes} bytes.";
            errors[415] = "The body is not application/json.";
        }
        errors[500] = "An unexpected error; the body carries a trace id and nothing else.";
        foreach (var (status, description) in declared.Where(pair => pair.Key >= 400)) errors[status] = description;

        foreach (var (status, description) in errors)
        {
            var schemaName = status == 400 ? ProblemSchemas.ValidationProblem : ProblemSchemas.Problem;
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [ProblemJson] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchemaReference(schemaName, context.Document),
                        Example = problems.Example(status, context.ApiDescription.RelativePath),
                    },
                },
            };
        }
        return responses;
    }

    private static JsonNode? ToNode(object? example, Type? type = null) =>
        example is null ? null : JsonSerializer.SerializeToNode(example, type ?? example.GetType(), ApiJson.Options);
}
