using System.Diagnostics.Metrics;

namespace VendorAdvisor.Api.Infrastructure.Telemetry;

/// The API's own measures, beside the ones ASP.NET Core, the rate limiter and Npgsql publish.
public static class ApiMetrics
{
    public const string MeterName = "VendorAdvisor.Api";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> RecommendationsIssued = Meter.CreateCounter<long>(
        "vendoradvisor.recommendations.issued", unit: "{recommendation}", description: "Recommendations issued and stored, by method.");

    private static readonly Histogram<double> AdmissionWait = Meter.CreateHistogram<double>(
        "vendoradvisor.load.admission.duration", unit: "s",
        description: "Time a request waited for a place under Load:MaxConcurrentRequests, by outcome (admitted or shed).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    public static void AdmissionWaited(TimeSpan waited, bool admitted) =>
        AdmissionWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("outcome", admitted ? "admitted" : "shed"));

    public static void RecommendationIssued(string method) =>
        RecommendationsIssued.Add(1, new KeyValuePair<string, object?>("method", method));
}
