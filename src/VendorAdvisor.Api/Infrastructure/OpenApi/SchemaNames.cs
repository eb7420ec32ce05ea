namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// Schema names that generated clients can live with: the type's own name, nested types prefixed with
/// their outer type, generic arguments spelled out. Two types that would share a name make Swashbuckle
/// fail loudly, and the OpenAPI test with it.
public static class SchemaNames
{
    private static readonly Dictionary<Type, string> Fixed = new()
    {
        [typeof(Microsoft.AspNetCore.Mvc.ProblemDetails)] = "ProblemDetails",
        [typeof(FastEndpoints.ProblemDetails)] = "ValidationProblemDetails",
        [typeof(FastEndpoints.ProblemDetails.Error)] = "ValidationError",
    };

    public static string For(Type type)
    {
        if (Fixed.TryGetValue(type, out var name)) return name;
        // One generic page type, one schema per item: ProfileResponse items make ProfileListResponse.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResponse<>))
        {
            var item = For(type.GetGenericArguments()[0]);
            return (item.EndsWith("Response", StringComparison.Ordinal) ? item[..^"Response".Length] : item) + "ListResponse";
        }

        var own = type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(For))
            : type.Name;
        return type.IsNested && type.DeclaringType is { } outer ? For(outer) + own : own;
    }
}
