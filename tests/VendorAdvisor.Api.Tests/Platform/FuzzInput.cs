using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace VendorAdvisor.Api.Tests.Platform;

/// One operation of the OpenAPI document, as the fuzz test drives it.
public sealed record FuzzOperation(string Method, string Path, IReadOnlyList<FuzzParameter> Parameters, JsonObject? Body);

public sealed record FuzzParameter(string Name, string In, JsonObject Schema);

/// One request: everything already encoded, ready to send.
public sealed record FuzzCase(
    FuzzOperation Operation, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? Body, string? ContentType)
{
    public override string ToString() => $"{Operation.Method.ToUpperInvariant()} {Url}";
}

/// FsCheck generators of malformed and extreme input for any operation of an OpenAPI 3 document: path and
/// query values, bodies built from the operation's schema (valid-looking, with nulls, wrong types, extreme
/// numbers, NUL and unpaired surrogates, unknown fields, duplicate keys, deep nesting) and headers.
public static class FuzzInput
{
    // Markers for what JsonNode cannot hold; replaced in the serialized text.
    private const string LoneSurrogate = "@@lone-surrogate@@";
    private const string HugeNumber = "@@huge-number@@";

    public static readonly string[] HostileSegments =
    [
        "00000000-0000-0000-0000-000000000000", "0196f3a2-7c1e-7b4a-9d2f-5e8a1c3b4d6e", "abc", "-1", "0", "99999999999999999999",
        "%20", "%C3%A9t%C3%A9", new string('x', 300), "%ED%A0%80", "%FF", "..", "null", "%7B%7D", "a%22b", "%E5%90%8D",
    ];

    public static readonly string[] HostileQueryValues =
    [
        "", "-1", "0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e400", "NaN", "abc", "true",
        "%00", "a%00b", "%ED%A0%80", "%FF", new string('q', 2000), "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z",
        "-infinity", "2026-13-45", "%27%3B--", "00000000-0000-0000-0000-000000000000", "gaming", "%E5%90%8D%E5%AD%97",
    ];

    private static readonly string[] HostileStrings =
    [
        "", " ", "Acme", "a\u0000b", "\u0000", LoneSurrogate, new string('s', 5000), "名字", "<script>alert(1)</script>", "'; drop table x; --",
        "\u202Eevil", "null", "0",
    ];

    private static readonly string[] RawBodies =
    [
        "", "{", "}", "null", "[]", "\"x\"", "123", "1e999", "{\"a\":", "{\"name\":\"a\",\"name\":\"b\"}", "{\"\":1}",
        new string('[', 5000) + new string(']', 5000), "{\"x\":" + new string('[', 100) + new string(']', 100) + "}", "\uFEFF{}", "{}",
    ];

    public static Gen<FuzzCase> Case(IReadOnlyList<FuzzOperation> operations, Func<string, string[]> realValues, IReadOnlyList<string> keys) =>
        from operation in Gen.Elements(operations.ToArray())
        from segments in Gen.CollectToList(operation.Parameters.Where(p => p.In == "path"), p =>
            Gen.Frequency((6, Gen.Elements(realValues(p.Name))), (4, Gen.Elements(HostileSegments))).Select(value => (p.Name, value)))
        from query in Gen.CollectToList(operation.Parameters.Where(p => p.In == "query"), p =>
            Gen.Frequency<string?>((3, Gen.Constant<string?>(null)), (3, Scalar(p.Schema, 0).Select(v => (string?)Text(v))), (4, Gen.Elements(HostileQueryValues).Select(v => (string?)v)))
                .Select(value => (p.Name, value)))
        from body in operation.Body is null
            ? Gen.Frequency((9, Gen.Constant<string?>(null)), (1, Gen.Elements(RawBodies).Select(b => (string?)b)))
            : Gen.Frequency((7, Value(operation.Body, 0).Select(node => (string?)Serialize(node))), (2, Gen.Elements(RawBodies).Select(b => (string?)b)),
                (1, Gen.Constant<string?>(null)))
        from contentType in Gen.Frequency((12, Gen.Constant<string?>("application/json")), (1, Gen.Constant<string?>(null)),
            (1, Gen.Elements<string?>("text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "application/xml")))
        from accept in Gen.Elements<string?>(null, "*/*", "application/json", "text/html", "application/x-ndjson", "application/xml", "image/png")
        from key in Gen.Frequency<string>((8, Gen.Elements(keys.ToArray())), (1, Gen.Elements("", "va_bogus", "va_" + new string('k', 500))))
        from ifMatch in Gen.Elements<string?>(null, null, "\"1\"", "\"2\"", "W/\"1\"", "*", "garbage", "\"99999999999999999999\"", "\"-1\"")
        from idempotencyKey in Gen.Elements<string?>(null, null, null, "fuzz-1", "fuzz-2", new string('i', 300))
        select Build(operation, segments, query, body, contentType, accept, key, ifMatch, idempotencyKey);

    private static FuzzCase Build(FuzzOperation operation, List<(string Name, string Value)> segments, List<(string Name, string? Value)> query,
        string? body, string? contentType, string? accept, string key, string? ifMatch, string? idempotencyKey)
    {
        var path = segments.Aggregate(operation.Path, (url, segment) => url.Replace("{" + segment.Name + "}", segment.Value, StringComparison.Ordinal));
        var parameters = query.Where(q => q.Value is not null).Select(q => $"{q.Name}={Encode(q.Value!)}").ToList();
        var url = parameters.Count == 0 ? path : path + "?" + string.Join('&', parameters);
        var headers = new List<(string, string)>();
        if (key.Length > 0) headers.Add(("X-Api-Key", key));
        if (accept is not null) headers.Add(("Accept", accept));
        if (ifMatch is not null) headers.Add(("If-Match", ifMatch));
        if (idempotencyKey is not null) headers.Add(("Idempotency-Key", idempotencyKey));
        return new FuzzCase(operation, url, headers, body, body is null ? null : contentType);
    }

    /// Hostile query values come already encoded (they may hold %00); generated ones are encoded here.
    private static string Encode(string value) =>
        HostileQueryValues.Contains(value) ? value : Uri.EscapeDataString(value);

    private static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text == LoneSurrogate ? "%ED%A0%80" : text,
        _ => node.ToJsonString(),
    };

    private static string Serialize(JsonNode? node) =>
        (node?.ToJsonString() ?? "null")
            .Replace($"\"{LoneSurrogate}\"", "\"\\ud800x\"", StringComparison.Ordinal)
            .Replace($"\"{HugeNumber}\"", "1e999", StringComparison.Ordinal);

    private static Gen<JsonNode?> Value(JsonObject schema, int depth)
    {
        if (schema["allOf"] is JsonArray all) return Value(Merge(all), depth);
        if (schema["oneOf"] is JsonArray one || schema["anyOf"] is JsonArray any)
        {
            var choices = (schema["oneOf"] ?? schema["anyOf"])!.AsArray().Select(s => s!.AsObject()).ToArray();
            return Gen.Elements(choices).SelectMany(choice => Value(choice, depth));
        }
        var type = TypeOf(schema);
        if (depth > 4) return Gen.Constant<JsonNode?>(null);
        return type switch
        {
            "object" => Object(schema, depth),
            "array" => Gen.Frequency(
                (8, Gen.Choose(0, 7).SelectMany(n => Gen.ListOf(Value(schema["items"]?.AsObject() ?? [], depth + 1), n))
                    .Select(items => (JsonNode?)new JsonArray([.. items.Select(item => item?.DeepClone())]))),
                (1, Gen.Constant<JsonNode?>(new JsonArray(JsonValue.Create(1), null, JsonValue.Create("x"))))),
            _ => Scalar(schema, depth),
        };
    }

    private static Gen<JsonNode?> Object(JsonObject schema, int depth)
    {
        var properties = (schema["properties"] as JsonObject)?.ToList() ?? [];
        var additional = schema["additionalProperties"] as JsonObject;
        return from members in Gen.CollectToList(properties, property =>
                   Gen.Frequency(
                       (8, Value(property.Value?.AsObject() ?? [], depth + 1).Select(v => (property.Key, v, true))),
                       (1, Gen.Constant((property.Key, (JsonNode?)null, false))),
                       (1, Gen.Constant((property.Key, (JsonNode?)null, true))),
                       (1, Scalar([], depth).Select(v => (property.Key, v, true)))))
               from extra in Gen.Frequency((9, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("unexpectedField", "priceSensitivty", "$type")))
               from dictionary in additional is null ? Gen.Constant(new List<(string, JsonNode?)>())
                   : Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(
                       from k in Gen.Elements("price", "latency", "x", "", "a\u0000", "localization", "tencent-cloud")
                       from v in Value(additional, depth + 1)
                       select (k, v), n)).Select(list => list.ToList())
               select (JsonNode?)Assemble(members, extra, dictionary);
    }

    private static JsonObject Assemble(List<(string Key, JsonNode? Value, bool Present)> members, string? extra, List<(string Key, JsonNode? Value)> dictionary)
    {
        var result = new JsonObject();
        foreach (var (key, value, present) in members.Where(m => m.Present)) result[key] = value?.DeepClone();
        foreach (var (key, value) in dictionary) result[key] = value?.DeepClone();
        if (extra is not null) result[extra] = "surprise";
        return result;
    }

    private static Gen<JsonNode?> Scalar(JsonObject schema, int depth)
    {
        if (schema["$ref"] is not null || schema["enum"] is JsonArray)
        {
            var values = (schema["enum"] as JsonArray)?.Select(v => v?.ToString() ?? "").ToArray() ?? [];
            return Gen.Frequency((7, values.Length > 0 ? Gen.Elements(values) : Gen.Constant("unknown")), (1, Gen.Elements("NOT-A-VALUE", "", "Gaming")))
                .Select(v => (JsonNode?)JsonValue.Create(v));
        }
        return TypeOf(schema) switch
        {
            "integer" => Gen.Elements<JsonNode?>(0, 1, -1, 3, 42, 100, 101, 10_000, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 2.5,
                JsonValue.Create(HugeNumber), JsonValue.Create("7")),
            "number" => Gen.Elements<JsonNode?>(0, 0.5, -1, 1, 5, 9, 10, 11, 1e308, -1e308, double.Epsilon, 1e15, JsonValue.Create(HugeNumber), JsonValue.Create("1")),
            "boolean" => Gen.Elements<JsonNode?>(true, false, JsonValue.Create("true"), 0),
            "string" when schema["format"]?.ToString() == "date-time" => Gen.Elements<JsonNode?>(
                "2026-11-23T09:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "yesterday", ""),
            "string" when schema["format"]?.ToString() == "uuid" => Gen.Elements<JsonNode?>(
                "00000000-0000-0000-0000-000000000000", "0196f3a2-7c1e-7b4a-9d2f-5e8a1c3b4d6e", "not-a-guid"),
            "string" => Gen.Elements(HostileStrings).Select(s => (JsonNode?)JsonValue.Create(s)),
            _ => Gen.Elements<JsonNode?>(null, 1, "x", true, new JsonObject(), new JsonArray()).Select(n => n?.DeepClone()),
        };
    }

    private static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t?.ToString()).FirstOrDefault(t => t != "null"),
        JsonNode type => type.ToString(),
        null => schema["properties"] is not null ? "object" : schema["items"] is not null ? "array" : null,
    };

    private static JsonObject Merge(JsonArray schemas)
    {
        var merged = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
        foreach (var part in schemas.Select(s => s!.AsObject()))
        {
            foreach (var (name, property) in (part["properties"] as JsonObject) ?? [])
                merged["properties"]![name] = property?.DeepClone();
        }
        return merged;
    }
}
