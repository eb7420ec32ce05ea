using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorAdvisor.Api.Infrastructure;

/// One set of JSON rules for the wire, the OpenAPI document and the event store, so that an enum
/// is spelled the same way ("social-commerce") wherever it appears.
public static class ApiJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // FastEndpoints writes responses this way; an idempotent replay, written by us, must match byte for byte.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // A score sent as "7" is more likely a client bug than intent.
        options.NumberHandling = JsonNumberHandling.Strict;
        if (!options.Converters.OfType<StrictEnumConverter>().Any())
        {
            options.Converters.Insert(0, new StrictEnumConverter());
            // Never used for conversion (the strict converter comes first); Swashbuckle looks for it to
            // document enums as strings.
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        }
        return options;
    }

    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// A POST, PUT or PATCH without any body is read as an empty JSON object: where every field is optional
    /// (issuing a recommendation) that is what the caller meant, and elsewhere the validator names the missing
    /// fields, which says more than a 415 would.
    public static WebApplication UseEmptyBodyAsJson(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            var bodiless = request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding"));
            // Generated clients send `Content-Type: application/json` with no body for an operation without one
            // (replay) or with an optional one left out: that is the same empty object.
            var json = request.ContentType is null
                       || (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
                           && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
            if (bodiless && json && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
            {
                request.ContentType = "application/json";
                request.Body = new MemoryStream("{}"u8.ToArray());
                request.ContentLength = 2;
            }
            return next(context);
        });
        return app;
    }
}
