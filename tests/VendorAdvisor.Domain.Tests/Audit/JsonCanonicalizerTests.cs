using System.Text;
using VendorAdvisor.Domain.Audit;

namespace VendorAdvisor.Domain.Tests.Audit;

/// Against the examples of RFC 8785 itself: section 3.2.2 (the sample object), 3.2.3 (the sort order) and
/// appendix B (number serialisation).
public sealed class JsonCanonicalizerTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void The_sample_of_section_3_2_2_gives_the_output_of_section_3_2_3()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        Canonical(input).ShouldBe("""{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""");
    }

    [Fact]
    public void The_sample_of_section_3_2_2_is_the_utf8_of_section_3_2_4()
    {
        const string input = """{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}""";

        Convert.ToHexStringLower(JsonCanonicalizer.Canonicalize(input)).ShouldBe(
            "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b3333333333333333332e333333333333332c" +
            "31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d");
    }

    [Fact]
    public void Members_sort_by_utf16_code_units_as_in_section_3_2_3()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var values = System.Text.Json.JsonDocument.Parse(Canonical(input)).RootElement.EnumerateObject().Select(p => p.Value.GetString());

        values.ShouldBe(["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"]);
    }

    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Numbers_are_written_as_in_appendix_B(ulong bits, string expected)
    {
        var value = BitConverter.UInt64BitsToDouble(bits);

        JsonCanonicalizer.Number(value).ShouldBe(expected);
        // Through the parser as well: the JSON text ECMAScript wrote reads back to the same canonical text.
        Canonical($"[{expected}]").ShouldBe($"[{expected}]");
    }

    [Theory]
    [InlineData(0x7fffffffffffffffUL)]
    [InlineData(0x7ff0000000000000UL)]
    [InlineData(0xfff0000000000000UL)]
    public void NaN_and_infinities_have_no_canonical_form(ulong bits) =>
        Should.Throw<FormatException>(() => JsonCanonicalizer.Number(BitConverter.UInt64BitsToDouble(bits)));

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""["\ud800"]""")]
    [InlineData("""[1e400]""")]
    public void Input_outside_I_JSON_is_refused(string json) =>
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void Spacing_escapes_member_order_and_number_spelling_do_not_change_the_bytes()
    {
        Canonical("""{ "b" : [ 1.50 , "\u0041" ], "a" : { "y" : 1e2, "x" : -0 } }""")
            .ShouldBe(Canonical("""{"a":{"x":0,"y":100},"b":[1.5,"A"]}"""));
    }

    [Fact]
    public void Controls_without_a_short_form_are_escaped_in_lower_case_hex()
    {
        Canonical("[\"\\u001F\\u0008\\t\\u007F\"]").ShouldBe("[\"\\u001f\\b\\t\u007f\"]");
    }

    [Fact]
    public void Every_number_in_a_document_is_written_as_the_number_rule_writes_it()
    {
        // Documents copy .NET's round-trip digits when they have no exponent: that shortcut must agree with the
        // full rule for every magnitude, either side of each switch to exponent notation.
        var random = new Random(8785);
        var values = new List<double> { 1e-7, 1e-6, 1.5e-6, 1e-5, 0.0001, 0.1, 1, 12, 1e14, 1e15, 1.5e15, 1e16, 1e20, 1e21, 1e22, 5e-324, double.MaxValue };
        for (var i = 0; i < 2_000; i++)
        {
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()) is var bits && double.IsFinite(bits) ? bits : i);
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 23)), random.Next(0, 16)));
        }

        foreach (var value in values.Concat(values.Select(v => -v)))
        {
            var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            Canonical($"[{text}]").ShouldBe($"[{JsonCanonicalizer.Number(value)}]", text);
        }
    }

    [Fact]
    public void Names_with_escapes_sort_and_collide_by_what_they_mean()
    {
        Canonical("""{"b":1,"\u0061":2,"\u00e9":3,"z":4}""").ShouldBe("""{"a":2,"b":1,"z":4,"é":3}""");
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize("""{"a":1,"\u0061":2}"""));
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize("""{"\ud800":1}"""));
    }

    [Fact]
    public void The_member_left_out_is_the_root_objects_only()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes("""{"hash":"x","b":{"hash":"kept"},"a":[{"hash":1}]}"""), output, omitRootMember: "hash");

        Encoding.UTF8.GetString(output.WrittenSpan).ShouldBe("""{"a":[{"hash":1}],"b":{"hash":"kept"}}""");
    }

    [Fact]
    public void Random_documents_come_out_the_same_whatever_the_member_order_and_escaping_and_sorted_at_every_level()
    {
        var random = new Random(20261128);
        string[] pieces = ["a", "B", "z", "é", "€", "\ufb33", "😀", "\"", "\n", "key", "Key", "1", "_", " ", "ö", "\u0001"];
        string Name() => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => System.Text.RegularExpressions.Regex.Unescape(pieces[random.Next(pieces.Length)])));
        System.Text.Json.Nodes.JsonNode? Node(int depth) => random.Next(depth > 3 ? 3 : 6) switch
        {
            0 => random.NextDouble() * Math.Pow(10, random.Next(-9, 25)),
            1 => Name(),
            2 => random.Next(2) == 0 ? null : true,
            3 => new System.Text.Json.Nodes.JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Node(depth + 1))]),
            _ => Object(depth),
        };
        System.Text.Json.Nodes.JsonObject Object(int depth)
        {
            var obj = new System.Text.Json.Nodes.JsonObject();
            for (var i = random.Next(1, 6); i > 0; i--) obj[Name()] = Node(depth + 1);
            return obj;
        }
        static System.Text.Json.Nodes.JsonNode? Reversed(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reversed(p.Value)))),
            System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(Reversed)]),
            _ => node?.DeepClone(),
        };
        static void SortedEverywhere(System.Text.Json.JsonElement e)
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                var names = e.EnumerateObject().Select(p => p.Name).ToList();
                names.ShouldBe([.. names.Order(StringComparer.Ordinal)]);
            }
            foreach (var child in e.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value),
                System.Text.Json.JsonValueKind.Array => e.EnumerateArray(),
                _ => [],
            })
            {
                SortedEverywhere(child);
            }
        }

        var relaxed = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
        for (var i = 0; i < 300; i++)
        {
            var document = Object(0);
            var canonical = Canonical(document.ToJsonString());

            Canonical(Reversed(document)!.ToJsonString(relaxed)).ShouldBe(canonical);
            using var parsed = System.Text.Json.JsonDocument.Parse(canonical);
            SortedEverywhere(parsed.RootElement);
            System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(canonical), document).ShouldBeTrue();
        }
    }
}
