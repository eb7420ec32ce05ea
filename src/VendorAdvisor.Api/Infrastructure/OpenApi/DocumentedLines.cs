using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// One line of a response that is a sequence of JSON texts, one per line (NDJSON), declared beside the endpoint with
/// `Options(route => route.WithMetadata(new DocumentedLines(NdJson, "...", (null, typeof(Line)))))`. Without it the
/// media type would show the JSON answer's schema, which no line has. Lines of several shapes each name their
/// `kind` (a property every such line type has): the schema is then a `oneOf` told apart by it.
public sealed record DocumentedLines(string MediaType, string Description, params (string? Kind, Type Type)[] Lines)
{
    public const string KindProperty = "kind";

    public IOpenApiSchema Schema(OperationFilterContext context)
    {
        var references = Lines.Select(line => (line.Kind, Reference: context.SchemaGenerator.GenerateSchema(line.Type, context.SchemaRepository))).ToList();
        if (references.Count == 1) return new OpenApiSchema { Description = Description, AllOf = [references[0].Reference] };
        var mapping = new Dictionary<string, OpenApiSchemaReference>();
        foreach (var (kind, reference) in references)
        {
            if (kind is null || reference is not OpenApiSchemaReference named || named.Reference.Id is not { } id) continue;
            // The line's own schema says which kind it is, so that each `oneOf` branch matches its lines only.
            if (context.SchemaRepository.Schemas.TryGetValue(id, out var line) && line is OpenApiSchema { Properties: { } properties }
                && properties.TryGetValue(KindProperty, out var kindSchema) && kindSchema is OpenApiSchema property)
            {
                property.Enum = [JsonValue.Create(kind)];
            }
            mapping[kind] = named;
        }
        return new OpenApiSchema
        {
            Description = Description,
            OneOf = [.. references.Select(line => line.Reference)],
            Discriminator = mapping.Count == references.Count ? new OpenApiDiscriminator { PropertyName = KindProperty, Mapping = mapping } : null,
        };
    }
}
