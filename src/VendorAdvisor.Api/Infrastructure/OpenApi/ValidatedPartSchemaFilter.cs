using FluentValidation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// A part of a request body that has a validator of its own (an `AbstractValidator` of its type, as a proposed override in a
/// portfolio impact request): the fields it refuses to miss are required and not nullable in that part's schema, as
/// FastEndpointsOperationFilter makes them for a request's own fields. Otherwise a generated client would see a field
/// the server requires as optional and nullable.
public sealed class ValidatedPartSchemaFilter : ISchemaFilter
{
    // FastEndpoints' request validators (their Validator of the request) are read by the operation filter; these are the others.
    private static readonly Dictionary<Type, Type> PartValidators = typeof(ValidatedPartSchemaFilter).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, BaseType: { IsGenericType: true } baseType }
                       && baseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
        .ToDictionary(type => type.BaseType!.GetGenericArguments()[0]);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } part || context.Type is null
            || !PartValidators.TryGetValue(context.Type, out var validatorType)) return;
        var required = RequiredFields.Of((IValidator)Activator.CreateInstance(validatorType)!);
        foreach (var name in properties.Keys.Where(required.Contains).ToList())
        {
            properties[name] = RequiredFields.NotNullable(properties[name]);
            part.Required ??= new HashSet<string>();
            part.Required.Add(name);
        }
    }
}
