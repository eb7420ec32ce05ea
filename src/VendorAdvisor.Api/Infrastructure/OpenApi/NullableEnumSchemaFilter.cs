using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// An optional enum property (`Sensitivity?`) is a bare `$ref` in OpenAPI 3.0, where a sibling `nullable`
/// is ignored; generators then make it a non-nullable enum that defaults to its first value, and a PATCH of
/// one field sends `"latencySensitivity": "low"` for every field left unset. Wrapping the reference in
/// `allOf` with `nullable` beside it is the 3.0 spelling that NSwag and openapi-typescript read
/// as "this enum or null".
public sealed class NullableEnumSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type is null) return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Nullable.GetUnderlyingType(property.PropertyType) is not { IsEnum: true }) continue;
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                       ?? ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);
            if (properties.TryGetValue(name, out var current) && current is OpenApiSchemaReference reference)
            {
                properties[name] = OrNull(reference);
            }
        }
    }

    /// `{"allOf": [{"$ref": ...}], "nullable": true}`. Without `type` beside it (a `type: string` makes NSwag
    /// drop the enum for a plain string), and Microsoft.OpenApi writes `nullable` only next to a `type`, so
    /// the keyword goes in as an extension, which is written as given.
    public static OpenApiSchema OrNull(OpenApiSchemaReference reference) => new()
    {
        AllOf = [reference],
        Description = reference.Description,
        Extensions = new Dictionary<string, IOpenApiExtension> { ["nullable"] = new JsonNodeExtension(JsonValue.Create(true)) },
    };
}
