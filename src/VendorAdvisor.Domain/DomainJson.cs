using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorAdvisor.Domain;

/// <summary>The one set of JSON options for profiles, catalogs and results, so the API, seeds and http/ agree.</summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// Reads a seed document (the catalog, the regulation catalogue) and refuses it, naming every problem, when it is not
    /// valid JSON for its shape, empty, or fails <paramref name="validate"/>.
    /// </summary>
    public static T ParseChecked<T>(string json, string what, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        T? document;
        try
        {
            document = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException e)
        {
            throw new DecisionInputException($"{what} is not valid JSON for its shape: " + e.Message, e);
        }

        if (document is null)
        {
            throw new DecisionInputException($"{what} is empty.");
        }

        var problems = validate(document);
        return problems.Count == 0
            ? document
            : throw new DecisionInputException($"{what} is inconsistent: " + string.Join("; ", problems) + ".");
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Web defaults accept numbers in strings; an assessment score given as "7" is more likely a mistake than intent.
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
