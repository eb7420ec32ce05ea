using Microsoft.OpenApi;
using VendorAdvisor.Api.Infrastructure.Idempotency;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// The response headers a client needs to read, documented where the server sends them, so that a generated
/// client exposes them (an ETag to send back in If-Match, a Location, how long to wait after a 429).
public static class ResponseHeaders
{
    public static void Describe(
        OpenApiOperation operation, string verb, string? path, Type? responseType, bool limited, IEnumerable<DocumentedHeader> declared)
    {
        var conditional = verb == "GET" && path?.StartsWith("v1/", StringComparison.Ordinal) == true;
        var paged = responseType?.GetProperty("HasMore") is not null || responseType?.GetProperty("Next") is not null;
        declared = [.. declared];
        // Every GET under /v1 answers If-None-Match with 304, whether its ETag is its own (a profile's version)
        // or a hash of the body (Infrastructure/Http/ConditionalGets.cs).
        if (conditional && operation.Responses is { } responses)
        {
            responses["304"] = new OpenApiResponse { Description = "Not modified: the ETag sent in If-None-Match is still current." };
        }
        var idempotent = operation.Parameters?.Any(parameter => parameter.Name == IdempotencyKeys.HeaderName) == true;
        foreach (var (key, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete || !int.TryParse(key, out var status)) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            var headers = concrete.Headers;
            headers[Correlation.HeaderName] = Header(
                "Your X-Correlation-Id, else the request's trace id; stored on every event the request appends.");
            if (status == 201) headers["Location"] = Header("Where the created resource is read.");
            if (conditional && status == 200)
            {
                headers["ETag"] = Header("Identifies this representation; send it in If-None-Match to get 304 Not Modified while it is unchanged.");
                if (paged) headers["Link"] = Header("`<...>; rel=\"next\"`: the next page, when there is one.");
            }
            if (conditional && status == 304) headers["ETag"] = Header("The representation's ETag, unchanged.");
            if (limited)
            {
                headers["RateLimit-Limit"] = Header("Requests the key may make in a burst.", JsonSchemaType.Integer);
                headers["RateLimit-Remaining"] = Header("Requests left in the current allowance.", JsonSchemaType.Integer);
                headers["RateLimit-Reset"] = Header("Seconds until the allowance is whole again.", JsonSchemaType.Integer);
            }
            if (status is 429 or 503) headers["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer);
            if (idempotent && status is >= 200 and < 300)
            {
                headers["Idempotent-Replayed"] = Header(
                    "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.");
            }
            foreach (var header in declared.Where(header => header.Status == status))
            {
                headers[header.Name] = Header(header.Description);
            }
        }
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

/// A header an endpoint sends on one status, declared beside the endpoint with
/// `Options(route => route.WithMetadata(new DocumentedHeader(200, "ETag", "...")))`.
public sealed record DocumentedHeader(int Status, string Name, string Description);
