using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace VendorAdvisor.Domain.Audit;

/// <summary>
/// RFC 8785, the JSON Canonicalization Scheme: object members sorted by the UTF-16 code units of their names, no
/// whitespace, strings escaped only where JSON requires it, numbers written as ECMAScript writes an IEEE 754
/// double. Two JSON texts that mean the same data give the same bytes, whatever wrote them (key order, spacing,
/// escapes, 4.50 against 4.5 all vanish), which is what a hash of stored data needs.
/// </summary>
/// <remarks>
/// One pass of a <see cref="Utf8JsonReader"/> over the UTF-8 text, with no node tree and no strings for what needs
/// none: a name or string without an escape in the input is already canonical (JSON forbids an unescaped quote,
/// backslash or control inside one) and is copied byte for byte; only escaped ones are decoded and written again.
/// An object's members are written as they come, then reordered in place. Names compare by their canonical UTF-8
/// bytes, whose order is the code points' and so the UTF-16 order, except where a character above U+FFFF meets one
/// from U+E000 to U+FFFF, or an escape is involved: such names compare as UTF-16 strings.
/// </remarks>
public static class JsonCanonicalizer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The canonical UTF-8 bytes of <paramref name="json"/>. Throws <see cref="FormatException"/> for input
    /// outside I-JSON (duplicate member names, a lone surrogate, a number beyond double range).</summary>
    public static byte[] Canonicalize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException exception)
        {
            throw new FormatException("the text holds a lone UTF-16 surrogate, which I-JSON does not allow.", exception);
        }

        return ToArray(utf8);
    }

    /// <inheritdoc cref="Canonicalize(string)"/>
    public static byte[] Canonicalize(JsonElement element) => ToArray(JsonMarshal.GetRawUtf8Value(element));

    /// <summary>Writes the canonical form of <paramref name="utf8Json"/> to <paramref name="output"/>, leaving out the
    /// root object's member named <paramref name="omitRootMember"/> (the member of a record that holds its own hash).
    /// Throws <see cref="FormatException"/> as <see cref="Canonicalize(string)"/> does.</summary>
    public static void Canonicalize(ReadOnlySpan<byte> utf8Json, IBufferWriter<byte> output, string? omitRootMember = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new CanonicalJsonWriter(utf8Json.Length);
        try
        {
            writer.Run(utf8Json, omitRootMember);
            output.Write(writer.Written);
        }
        finally
        {
            writer.Return();
        }
    }

    private static byte[] ToArray(ReadOnlySpan<byte> utf8Json)
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(256, utf8Json.Length));
        Canonicalize(utf8Json, output);
        return output.WrittenSpan.ToArray();
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
    internal static string Checked(string value)
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
