using System.Diagnostics.Metrics;

namespace VendorAdvisor.Api.Infrastructure.Telemetry;

/// The API's own measures, beside the ones ASP.NET Core, the rate limiter and Npgsql publish.
public static class ApiMetrics
{
    public const string MeterName = "VendorAdvisor.Api";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> RecommendationsIssued = Meter.CreateCounter<long>(
        "vendoradvisor.recommendations.issued", unit: "{recommendation}", description: "Recommendations issued and stored, by method.");

    public static void RecommendationIssued(string method) =>
        RecommendationsIssued.Add(1, new KeyValuePair<string, object?>("method", method));
}
