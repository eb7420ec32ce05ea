using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FastEndpoints;
using Microsoft.OpenApi;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// Where FastEndpoints binds each property of a request type from: the route, the query string, a
/// header, or the JSON body. Mirrors FastEndpoints' own rules so the document says what the server does.
public sealed partial record RequestBinding(PropertyInfo Property, ParameterLocation? Location, string Name)
{
    public bool InBody => Location is null;

    public static IReadOnlyList<string> RouteParameters(string? template) =>
        [.. RouteParameter().Matches(template ?? "").Select(match => match.Groups["name"].Value)];

    public static IReadOnlyList<RequestBinding> Of(Type requestType, IReadOnlyList<string> routeParameters, string verb)
    {
        if (requestType == typeof(EmptyRequest)) return [];
        var bodyless = verb is "GET" or "DELETE" or "HEAD";
        var bindings = new List<RequestBinding>();
        foreach (var property in requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null
                || property.GetCustomAttribute<HideFromDocsAttribute>() is not null
                || property.GetCustomAttribute<FromClaimAttribute>() is not null)
            {
                continue;
            }
            var route = routeParameters.FirstOrDefault(name => string.Equals(name, property.Name, StringComparison.OrdinalIgnoreCase));
            var header = property.GetCustomAttribute<FromHeaderAttribute>();
            bindings.Add(
                route is not null ? new RequestBinding(property, ParameterLocation.Path, route)
                : header is not null ? new RequestBinding(property, ParameterLocation.Header, header.HeaderName ?? property.Name)
                : bodyless || property.GetCustomAttribute<QueryParamAttribute>() is not null
                    ? new RequestBinding(property, ParameterLocation.Query, JsonName(property))
                    : new RequestBinding(property, null, JsonName(property)));
        }
        return bindings;
    }

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
