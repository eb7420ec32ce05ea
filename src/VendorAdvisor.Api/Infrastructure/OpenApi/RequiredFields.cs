using FastEndpoints;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// The body fields (by name, any case) a request cannot do without, read from the endpoint's own validator (a NotNull or NotEmpty
/// rule), so the document's `required` is the server's behaviour and not a second list kept by hand.
public static class RequiredFields
{
    public static IReadOnlySet<string> Of(EndpointDefinition definition, IServiceProvider services)
    {
        if (definition.ValidatorType is not { } validatorType) return new HashSet<string>();
        return Of((IValidator)ActivatorUtilities.CreateInstance(services, validatorType));
    }

    public static IReadOnlySet<string> Of(IValidator validator)
    {
        var descriptor = validator.CreateDescriptor();
        return descriptor.GetMembersWithValidators()
            .Where(member => member.Any(rule => rule.Validator is INotNullValidator or INotEmptyValidator))
            .Select(member => member.Key)
            // FastEndpoints names members as they are on the wire (camelCase); compare names, not spellings.
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// A required field's schema without `nullable`: the server refuses null as it refuses absence.
    public static IOpenApiSchema NotNullable(IOpenApiSchema schema) => schema switch
    {
        OpenApiSchema { OneOf: [OpenApiSchemaReference reference] } => reference,
        OpenApiSchema { Type: { } type } inline when type.HasFlag(JsonSchemaType.Null) => WithType(inline, type & ~JsonSchemaType.Null),
        _ => schema,
    };

    private static OpenApiSchema WithType(OpenApiSchema schema, JsonSchemaType type)
    {
        var copy = (OpenApiSchema)schema.CreateShallowCopy();
        copy.Type = type;
        return copy;
    }
}
