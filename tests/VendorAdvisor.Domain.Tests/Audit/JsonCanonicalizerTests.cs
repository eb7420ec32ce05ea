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
}
