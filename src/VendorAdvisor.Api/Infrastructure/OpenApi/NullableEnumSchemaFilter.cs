using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// An optional enum property (`Sensitivity?`) is a bare `$ref` in OpenAPI 3.0, where a sibling `nullable`
/// is ignored; generators then make it a non-nullable enum that defaults to its first value, and a PATCH of
/// one field sends `"latencySensitivity": "low"` for every field left unset. So the reference goes into a
/// `oneOf` with `type` and `nullable` beside it (3.0 honours `nullable` only next to `type`), which NSwag reads
/// as `Sensitivity?` and openapi-typescript as `Sensitivity | null`. (`allOf` in its place makes NSwag drop the
/// enum for a plain string once `type` is there.)
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

    public static OpenApiSchema OrNull(OpenApiSchemaReference reference) => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Null,
        OneOf = [reference],
        Description = reference.Description,
    };
}
