using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VendorAdvisor.Domain.Audit;

/// <summary>
/// RFC 8785, the JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their names, no
/// whitespace, strings escaped only where JSON requires it, numbers written as ECMAScript writes an IEEE 754
/// double. Two JSON texts that mean the same data give the same bytes, whatever wrote them (key order, spacing,
/// escapes, 4.50 against 4.5 all vanish), which is what a hash of stored data needs.
/// </summary>
public static class JsonCanonicalizer
{
    /// <summary>The canonical UTF-8 bytes of <paramref name="json"/>. Throws <see cref="FormatException"/> for input
    /// outside I-JSON (duplicate member names, a lone surrogate, a number beyond double range).</summary>
    public static byte[] Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    /// <inheritdoc cref="Canonicalize(string)"/>
    public static byte[] Canonicalize(JsonElement element)
    {
        var text = new StringBuilder();
        try
        {
            Write(element, text);
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json refuses to decode an escaped lone surrogate; to JCS that is input outside I-JSON.
            throw new FormatException("a string is not valid Unicode.", exception);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = element.EnumerateObject().Select(p => (Name: Checked(p.Name), p.Value)).ToList();
                // string.CompareOrdinal compares UTF-16 code units, the order the RFC prescribes (section 3.2.3).
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0 && members[i].Name == members[i - 1].Name)
                    {
                        throw new FormatException($"the member name '{members[i].Name}' appears twice in one object.");
                    }

                    text.Append(i > 0 ? "," : "");
                    WriteString(members[i].Name, text);
                    text.Append(':');
                    Write(members[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(Checked(element.GetString()!), text);
                break;
            case JsonValueKind.Number:
                text.Append(Number(element.TryGetDouble(out var value) ? value : double.NaN));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    /// <summary>Section 3.2.2.2: only the quote, the backslash and the controls below U+0020 are escaped; the five
    /// controls with a short form use it, the others <c>\u00xx</c> in lower case. Everything else is itself.</summary>
    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }

    /// <summary>Section 3.2.2.3: the shortest decimal digits that read back as the same double (the digits .NET's
    /// round-trip format gives), laid out by ECMAScript's Number::toString: plain up to 21 integer digits, plain
    /// fractions down to 1e-6, otherwise exponent notation with an explicit sign.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException("a number outside the range of an IEEE 754 double has no canonical form.");
        }

        if (value == 0)
        {
            return "0"; // -0 too
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip[0] == '-';
        var body = negative ? roundTrip[1..] : roundTrip;
        var e = body.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? body : body[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        // value = 0.d1d2...dk × 10^n: n counts the digits before the decimal point.
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leading;
        var k = digits.Length;

        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var power = (n - 1).ToString("+0;-0", CultureInfo.InvariantCulture);
            result = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + power;
        }

        return negative ? "-" + result : result;
    }

    /// <summary>I-JSON (RFC 7493) strings are valid Unicode: a lone surrogate has no UTF-8 form to hash.</summary>
    private static string Checked(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new FormatException("a string holds a lone UTF-16 surrogate, which I-JSON does not allow.");
            }
        }

        return value;
    }
}
