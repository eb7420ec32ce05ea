using System.Diagnostics;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Telemetry;

/// One structured line per request: method, route template, status, duration, tenant, key name and trace id.
/// Never the API key itself, nor any header or body. JSON when Logging:Format is "json", and always in
/// Production, so that a log shipper reads fields instead of parsing sentences.
public static partial class RequestLogging
{
    public const string Category = "VendorAdvisor.Requests";

    public static WebApplicationBuilder AddRequestLogging(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration["Logging:Format"];
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
            || (format is null && builder.Environment.IsProduction()))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        return builder;
    }

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
                var caller = Caller.FromPrincipal(context.User);
                // Probes and scrapes come every few seconds: kept out of the default log level.
                var level = context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments(TelemetrySetup.MetricsPath)
                    ? LogLevel.Debug : LogLevel.Information;
                Request(logger, level, context.Request.Method, route, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, caller.TenantId ?? "-", caller.Actor,
                    Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 1,
        Message = "{Method} {Route} {Status} {DurationMs:0.0} ms tenant={Tenant} key={KeyName} trace={TraceId}")]
    private static partial void Request(ILogger logger, LogLevel level, string method, string route, int status, double durationMs,
        string tenant, string keyName, string traceId);
}
