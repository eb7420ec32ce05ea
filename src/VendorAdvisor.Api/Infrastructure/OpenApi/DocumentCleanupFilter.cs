using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// Tidies the document for people and generated clients. The API explorer offers every request type as a
/// schema, even those bound only from the route or query string, and a tag named after the assembly:
/// drop what nothing refers to, and list the areas in the order a consultant meets them.
public sealed partial class DocumentCleanupFilter : IDocumentFilter
{
    private static readonly string[] AreaOrder = ["Admin", "Callers", "Profiles", "Recommendations", "Catalog", "Analyses", "Audit", "Health"];

    private static readonly Dictionary<string, string> AreaDescriptions = new()
    {
        ["Admin"] = "Tenants (consultancies) and their API keys with roles admin, consultant and auditor.",
        ["Callers"] = "Who the calling key is.",
        ["Profiles"] = "Client profiles: event-sourced, versioned (ETag and If-Match), archived rather than deleted.",
        ["Recommendations"] = "Ranked, explained, reproducible recommendations; what-ifs; comparisons of two recommendations.",
        ["Catalog"] = "The vendors, their assessments with sources, and the tenant's overrides.",
        ["Analyses"] = "The decision engine on a matrix of your own, and AHP weights.",
        ["Regulation"] = "The regulations a client's data and transfers fall under, and the profile's readiness for them.",
        ["Team"] = "Each consultant's AHP judgement of the criteria for a client, aggregated into the team's weights.",
        ["Reports"] = "A recommendation as a self-contained HTML page to hand to the client (prints to A4).",
        ["Portfolio"] = "Which clients' advice a proposed or applied catalog change would alter, without storing anything.",
        ["Audit"] = "Event history of a profile and of the tenant, replay, and the hash chain check.",
        ["Health"] = "Liveness and readiness, without a key.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        OrderTags(swaggerDoc);
        RemoveUnreferencedSchemas(swaggerDoc);
    }

    private static void OrderTags(OpenApiDocument document)
    {
        var used = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name).ToHashSet();
        var tags = (document.Tags ?? new HashSet<OpenApiTag>()).Where(tag => used.Contains(tag.Name))
            .OrderBy(tag => Array.IndexOf(AreaOrder, tag.Name) is var i and >= 0 ? i : AreaOrder.Length)
            .ThenBy(tag => tag.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var tag in tags) tag.Description ??= AreaDescriptions.GetValueOrDefault(tag.Name ?? "");
        document.Tags = new HashSet<OpenApiTag>(tags);
    }

    private static void RemoveUnreferencedSchemas(OpenApiDocument swaggerDoc)
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
