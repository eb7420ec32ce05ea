using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace VendorAdvisor.Api.Infrastructure.Http;

/// GETs under /v1 answer an ETag (a hash of the body, unless the endpoint set its own) and honour
/// If-None-Match with 304 (RFC 9110 13.1.2: a list of tags, `*`, weak comparison), so a browser or a polling integrator downloads only what changed. Lists also carry
/// a `Link` header with rel="next", built from the body's own paging fields (`hasMore` with `page`, or `next`).
/// Streams (the NDJSON export, server-sent events) pass through untouched.
public static class ConditionalGets
{
    public static IApplicationBuilder UseConditionalGets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/v1") || IsStream(request))
        {
            await next(context);
            return;
        }
        var response = context.Response;
        var original = response.Body;
        await using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        buffer.Position = 0;
        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            if (NextLink(request, buffer) is { } link) response.Headers.Link = link;
            // An endpoint may set its own ETag (a profile's stream version, which If-Match also takes) on the
            // promise that it changes whenever the body does; the others get a hash of the body.
            if (string.IsNullOrEmpty(response.Headers.ETag))
            {
                response.Headers.ETag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            }
            if (Matches(request.Headers.IfNoneMatch, response.Headers.ETag!))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
            buffer.Position = 0;
        }
        // Nothing written (a 404 of an unknown route, say): leave the response untouched, so that the status
        // code pages still write its problem details.
        if (buffer.Length > 0) await buffer.CopyToAsync(original, context.RequestAborted);
    });

    private static bool IsStream(HttpRequest request)
    {
        // The live audit stream never ends, whatever Accept says: buffering it would hold its headers forever.
        if (request.Path.StartsWithSegments("/v1/audit/stream")) return true;
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);
    }

    /// Weak comparison (RFC 9110 13.1.2): `W/"x"` and `"x"` match, and so does `*`.
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));

    private static string? NextLink(HttpRequest request, MemoryStream body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            if (root.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String)
            {
                query["after"] = next.GetString();
            }
            else if (root.TryGetProperty("hasMore", out var more) && more.ValueKind == JsonValueKind.True
                     && root.TryGetProperty("page", out var page) && page.TryGetInt32(out var current))
            {
                query["page"] = (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                return null;
            }
            var target = QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
            return $"<{target}>; rel=\"next\"";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
