using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorAdvisor.Api.Infrastructure;

/// Enums travel as kebab-case strings ("social-commerce"), read in any letter case. An unknown value is answered with the list of
/// valid ones, instead of System.Text.Json's message that names the .NET type; integers are refused so
/// that a client cannot depend on declaration order.
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    public static string NameOf<T>(T value) where T : struct, Enum => Converter<T>.Names[value];

    /// Query strings and route values are bound by FastEndpoints, not System.Text.Json: teach it the same
    /// spellings and the same message for an unknown value.
    public static void ConfigureBinding(FastEndpoints.BindingOptions binding)
    {
        // FastEndpoints prefers an exact parser per type to a matcher, so every enum the API binds is named.
        var enums = typeof(StrictEnumConverter).Assembly.GetTypes().Concat(typeof(Domain.DomainJson).Assembly.GetTypes())
            .Where(type => type is { IsEnum: true, IsPublic: true });
        foreach (var type in enums)
        {
            foreach (var target in new[] { type, typeof(Nullable<>).MakeGenericType(type) })
            {
                binding.ValueParserFor(target, input => Parse(input.ToString(), type));
            }
        }
        binding.FailureMessage = (type, name, value) =>
            (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e
                ? $"'{value}' is not one of: {string.Join(", ", Enum.GetValues(e).Cast<object>().Select(v => JsonSerializer.Serialize(v, e, ApiJson.Options).Trim('"')))}."
                : $"'{value}' is not a valid value for '{name}'.";
    }

    private static FastEndpoints.ParseResult Parse(string? text, Type type)
    {
        try
        {
            return new FastEndpoints.ParseResult(true, JsonSerializer.Deserialize(JsonSerializer.Serialize(text), type, ApiJson.Options));
        }
        catch (JsonException)
        {
            return new FastEndpoints.ParseResult(false, null);
        }
    }

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(value => value, Wire);
        // Read in any letter case, and as the .NET member name ("SocialCommerce") that NSwag's System.Text.Json
        // clients send by default: a generated client works unchanged. Written always as the kebab-case name.
        private static readonly Dictionary<string, T> Values = Names
            .SelectMany(pair => new[] { (Name: pair.Value, Value: pair.Key), (Name: pair.Key.ToString(), Value: pair.Key) })
            .DistinctBy(spelling => spelling.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(spelling => spelling.Name, spelling => spelling.Value, StringComparer.OrdinalIgnoreCase);
        private static readonly string Choices = string.Join(", ", Names.Values);

        private static string Wire(T value)
        {
            var member = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
            return member?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                   ?? JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException($"Expected one of: {Choices}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Names[value]);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Names[value]);

        private static T Parse(string? text) =>
            text is not null && Values.TryGetValue(text, out var value)
                ? value
                : throw new JsonException($"'{text}' is not one of: {Choices}.");
    }
}
