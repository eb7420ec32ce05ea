using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Checks, once for every route, what no endpoint should have to: the size of the request line and
/// headers and the number of header lines (414, 431), a body without a Content-Type (415), text in the query string and path (400; in the path, any control character too), and the all-zero GUID as a route id (404:
/// nothing can have that id, and a stream cannot be opened on it).
public static class RequestGuards
{
    /// The URL (path and query) and header sizes the API answers for itself, with problem details.
    public const int MaxUrlBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    /// Kestrel's own limits sit well above ours so that, in practice, the over-long request reaches the
    /// middleware and gets problem details. Past these (or for a request Kestrel cannot parse at all) Kestrel
    /// answers alone, before any application code runs, with an empty body.
    public const int KestrelMaxRequestLineBytes = 64 * 1024;
    public const int KestrelMaxHeaderBytes = 128 * 1024;
    public const int KestrelMaxHeaderCount = 1000;

    public static IServiceCollection AddRequestGuards(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelMaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelMaxHeaderBytes;
            kestrel.Limits.MaxRequestHeaderCount = KestrelMaxHeaderCount;
            kestrel.AddServerHeader = false;
        });

    public static WebApplication UseRequestGuards(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
            if (target.Length > MaxUrlBytes)
            {
                await Problems.WriteAsync(context, StatusCodes.Status414UriTooLong, $"The URL may be at most {MaxUrlBytes} bytes.");
                return;
            }
            var headerBytes = 0L;
            var headerLines = 0;
            foreach (var (name, values) in request.Headers)
            {
                // Kestrel joins repeated header lines under one name: each value was a line of its own.
                headerLines += Math.Max(1, values.Count);
                headerBytes += name.Length + 4;
                foreach (var value in values) headerBytes += value?.Length ?? 0;
            }
            if (headerBytes > MaxHeaderBytes)
            {
                await Problems.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The headers may be at most {MaxHeaderBytes} bytes together.");
                return;
            }
            if (headerLines > MaxHeaderCount)
            {
                await Problems.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"A request may carry at most {MaxHeaderCount} header lines.");
                return;
            }
            var hasBody = request.ContentLength > 0 || request.Headers.ContainsKey("Transfer-Encoding");
            if (hasBody && string.IsNullOrEmpty(request.ContentType))
            {
                // FastEndpoints answers this one itself with an empty body, after the response has started.
                await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json, and say so in Content-Type.");
                return;
            }
            // No id or name in a route holds a control character: a path with one (raw, or percent-encoded, as
            // Kestrel decodes both) matches nothing, and answering 404 would hide a malformed request.
            if (!InputText.IsValid(request.Path.Value) || HasControlCharacter(request.Path.Value))
            {
                await Problems.WriteInvalidAsync(context, "path", $"The path {InputText.Rule}, nor any other control character.");
                return;
            }
            foreach (var (name, values) in request.Query)
            {
                if (!InputText.IsValid(name))
                {
                    await Problems.WriteInvalidAsync(context, "query", $"A query parameter name {InputText.Rule}.");
                    return;
                }
                foreach (var value in values)
                {
                    if (!InputText.IsValid(value))
                    {
                        await Problems.WriteInvalidAsync(context, name, $"'{name}' {InputText.Rule}.");
                        return;
                    }
                }
            }
            foreach (var (name, value) in request.RouteValues)
            {
                if (value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
                {
                    await Problems.WriteAsync(context, StatusCodes.Status404NotFound, $"Nothing has the all-zero id ('{name}').");
                    return;
                }
            }
            await next(context);
        });
        return app;
    }

    private static bool HasControlCharacter(string? text) =>
        text is not null && (text.AsSpan().ContainsAnyInRange('\0', '\u001f') || text.Contains('\u007f', StringComparison.Ordinal));
}
