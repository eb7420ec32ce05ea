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
}
