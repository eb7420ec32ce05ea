using System.Diagnostics;
using System.Text.RegularExpressions;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// Ties a request to the events it causes: the caller's X-Correlation-Id when it sends a sane one,
/// otherwise the request's trace id; echoed on every response.
public static partial class Correlation
{
    public const string HeaderName = "X-Correlation-Id";
    public const string CausationHeaderName = "X-Causation-Id";
    private const string ItemKey = "va:correlation";

    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is string id ? id : Assign(context);

    private static string Assign(HttpContext context)
    {
        var offered = context.Request.Headers[HeaderName].ToString();
        var id = SaneId().IsMatch(offered)
            ? offered
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Items[ItemKey] = id;
        return id;
    }

    /// When one command follows from another (a workflow reacting to an event, say), the caller names the
    /// cause in X-Causation-Id; it is stored on every event the request appends.
    public static string? CausationOf(HttpContext context) =>
        context.Request.Headers[CausationHeaderName].ToString() is var offered && SaneId().IsMatch(offered) ? offered : null;

    public static WebApplication UseCorrelation(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var id = Of(context);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SaneId();
}
