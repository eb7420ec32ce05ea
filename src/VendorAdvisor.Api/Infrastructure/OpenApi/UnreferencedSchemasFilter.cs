using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// The API explorer offers every request type as a schema, even those bound only from the route or query
/// string. Generated clients would carry them as dead types: drop every schema nothing refers to.
public sealed partial class UnreferencedSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null) return;
        while (true)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            swaggerDoc.SerializeAsV3(new OpenApiJsonWriter(text));
            var referenced = Reference().Matches(text.ToString()).Select(match => match.Groups[1].Value).ToHashSet();
            var unused = schemas.Keys.Where(name => !referenced.Contains(name)).ToList();
            if (unused.Count == 0) return;
            foreach (var name in unused) schemas.Remove(name);
        }
    }

    [GeneratedRegex("#/components/schemas/([^\"]+)\"")]
    private static partial Regex Reference();
}
