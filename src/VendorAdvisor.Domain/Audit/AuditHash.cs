using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VendorAdvisor.Domain.Audit;

/// <summary>
/// The hash that chains stored records, by named scheme, each with JSON settings of its own that nothing else uses,
/// so that changing how the API writes JSON can never change the hash of history. A record stores the scheme it was
/// hashed with; a new scheme is added beside the old ones, never in place of them.
/// </summary>
public static class AuditHash
{
    /// <summary>SHA-256 over the RFC 8785 canonical form of the record without its hash member.</summary>
    public const string JcsSha256V1 = "jcs-sha256/1";

    /// <summary>The scheme new records are hashed with.</summary>
    public const string Current = JcsSha256V1;

    /// <summary>The settings scheme 1 serialises a record with, fixed here for good: camelCase members, dictionary keys
    /// as they are, nulls left out, enums as kebab-case names. The encoder is not part of the scheme: canonicalisation
    /// decodes every escape and writes only the ones RFC 8785 requires, so the relaxed one (which escapes little) gives
    /// the same canonical bytes and lets most strings be copied as they are rather than decoded and written again.</summary>
    private static readonly JsonSerializerOptions JcsV1Options = Freeze(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    });

    /// <summary>Scheme 0, for records stored before schemes were named (they carry none): SHA-256 over a JSON text with
    /// sorted keys and the hash member set to "", written with these settings, the API's own when those records were
    /// hashed (2026-11), copied here and frozen.</summary>
    private static readonly JsonSerializerOptions LegacyOptions = Freeze(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    });

    /// <summary>Whether this version can check records hashed with <paramref name="scheme"/> (null is scheme 0).</summary>
    public static bool IsKnown(string? scheme) => scheme is null or JcsSha256V1;

    /// <summary>The lower-case hex hash of <paramref name="record"/> under <paramref name="scheme"/> (null: scheme 0).
    /// <paramref name="hashMember"/> names the JSON member that holds the hash itself, which the hash cannot cover.</summary>
    public static string Compute(object record, string? scheme, string hashMember)
    {
        ArgumentNullException.ThrowIfNull(record);
        return scheme switch
        {
            null => Hex(LegacyText(record, hashMember)),
            JcsSha256V1 => Hex(Jcs(record, hashMember).WrittenSpan),
            _ => throw new ArgumentException($"'{scheme}' is not a hash scheme this version knows.", nameof(scheme)),
        };
    }

    /// <summary>The canonical bytes scheme 1 hashes (for tests and for anyone checking a hash by hand).</summary>
    public static byte[] JcsBytes(object record, string hashMember) => Jcs(record, hashMember).WrittenSpan.ToArray();

    // The record's UTF-8 JSON, canonicalised as it stands: no node tree and no text in between (issuing a
    // recommendation spent about 150 µs here when it went record, nodes, string, document, canonical form).
    private static ArrayBufferWriter<byte> Jcs(object record, string hashMember)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(record, record.GetType(), JcsV1Options);
        var canonical = new ArrayBufferWriter<byte>(json.Length);
        JsonCanonicalizer.Canonicalize(json, canonical, omitRootMember: hashMember);
        return canonical;
    }

    private static byte[] LegacyText(object record, string hashMember)
    {
        var node = JsonSerializer.SerializeToNode(record, record.GetType(), LegacyOptions)!.AsObject();
        node[hashMember] = "";
        return System.Text.Encoding.UTF8.GetBytes(Sorted(node)!.ToJsonString());
    }

    // Exactly the ordering scheme 0 applied: keys sorted ordinally at every level, the writer's default escaping.
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, Sorted(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
