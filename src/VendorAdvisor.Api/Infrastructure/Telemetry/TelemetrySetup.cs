using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace VendorAdvisor.Api.Infrastructure.Telemetry;

/// Traces, metrics and request logs. Traces: ASP.NET Core (continuing the caller's `traceparent`), Npgsql and
/// Marten, except for health probes and metrics scrapes, which come every few seconds and would flood a trace backend
/// (their statements go unsampled with them; they are still counted in metrics). Metrics: request duration and count by route and status, recommendations issued, events appended by
/// type, rate-limit rejections, Npgsql's connection pool, scraped at /metrics (Prometheus text, not rate-limited). Both go out
/// over OTLP when the standard OTEL_EXPORTER_OTLP_ENDPOINT is set.
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("vendoradvisor-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments(MetricsPath) && !context.Request.Path.StartsWithSegments("/health"))
                .AddNpgsql()
                .AddSource("Marten"))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
                .AddMeter("Npgsql", "Marten")
                // Marten tags appended events with the tenant: the tenant ids are client names, and /metrics needs no
                // key, so the count is kept by event type only.
                .AddView("marten.event.append", new MetricStreamConfiguration { TagKeys = ["event.type"] })
                .AddMeter(ApiMetrics.MeterName)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        builder.AddRequestLogging();
        return builder;
    }

    public static WebApplication UseTelemetry(this WebApplication app)
    {
        app.UseRequestLogging();
        // Scrapers poll it on a schedule: not behind a key, not counted against anyone's allowance.
        app.MapPrometheusScrapingEndpoint(MetricsPath).DisableRateLimiting().ExcludeFromDescription();
        return app;
    }
}
