namespace VendorAdvisor.Api.Features.Health;

public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);
