using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace VendorAdvisor.Domain.Audit;

/// <summary>The one pass of <see cref="JsonCanonicalizer"/> over a UTF-8 JSON text (see the remarks there), into a
/// pooled buffer.</summary>
internal sealed class CanonicalJsonWriter(int capacity) : IComparer<CanonicalJsonWriter.Member>
{
    /// <summary>An object member written so far: where its name and value are in the output, and the name as a string
    /// when bytes cannot be compared (see the remarks on <see cref="JsonCanonicalizer"/>).</summary>
    internal readonly record struct Member(int Start, int NameLength, int End, string? Key);

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, capacity));
    private int length;
    private readonly List<Member> members = [];

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    public void Run(ReadOnlySpan<byte> utf8Json, string? omitRootMember)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            Value(ref reader, omitRootMember is null ? null : Encoding.UTF8.GetBytes(omitRootMember));
            if (reader.Read())
            {
                throw new FormatException("the text goes on after its JSON value.");
            }
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json refuses to decode an escaped lone surrogate; to JCS that is input outside I-JSON.
            throw new FormatException("a string is not valid Unicode.", exception);
        }
    }

    public void Return() => ArrayPool<byte>.Shared.Return(buffer);

    private void Value(ref Utf8JsonReader reader, byte[]? omit)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                Object(ref reader, omit);
                break;
            case JsonTokenType.StartArray:
                Put((byte)'[');
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first) Put((byte)',');
                    first = false;
                    Value(ref reader, null);
                }

                Put((byte)']');
                break;
            case JsonTokenType.String:
                String(ref reader);
                break;
            case JsonTokenType.Number:
                Number(ref reader);
                break;
            case JsonTokenType.True:
                Put("true"u8);
                break;
            case JsonTokenType.False:
                Put("false"u8);
                break;
            default:
                Put("null"u8);
                break;
        }
    }

    private void Object(ref Utf8JsonReader reader, byte[]? omit)
    {
        var start = length;
        var first = members.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var omitted = omit is not null && reader.ValueTextEquals(omit);
            var memberStart = length;
            var key = String(ref reader);
            var nameLength = length - memberStart;
            reader.Read();
            Value(ref reader, null);
            if (omitted)
            {
                length = memberStart;
                continue;
            }

            members.Add(new Member(memberStart, nameLength, length, key));
        }

        // Section 3.2.3: by UTF-16 code units. System.Text.Json writes members in declaration order, so sort, then
        // copy the members out and back in that order.
        var span = CollectionsMarshal.AsSpan(members)[first..];
        span.Sort(this);
        for (var i = 1; i < span.Length; i++)
        {
            if (Compare(span[i - 1], span[i]) == 0)
            {
                throw new FormatException($"the member name {Encoding.UTF8.GetString(buffer, span[i].Start, span[i].NameLength)} appears twice in one object.");
            }
        }

        var written = buffer.AsSpan(start, length - start).ToArray();
        length = start;
        Put((byte)'{');
        for (var i = 0; i < span.Length; i++)
        {
            if (i > 0) Put((byte)',');
            var m = span[i];
            Put(written.AsSpan(m.Start - start, m.NameLength));
            Put((byte)':');
            Put(written.AsSpan(m.Start - start + m.NameLength, m.End - m.Start - m.NameLength));
        }

        Put((byte)'}');
        members.RemoveRange(first, members.Count - first);
    }

    public int Compare(Member a, Member b) => a.Key is null && b.Key is null
        ? Unquoted(a).SequenceCompareTo(Unquoted(b))
        : string.CompareOrdinal(a.Key ?? Name(a), b.Key ?? Name(b));

    // A name's bytes without its quotes: the closing quote must not take part ("key" sorts before "key ").
    private ReadOnlySpan<byte> Unquoted(Member member) => buffer.AsSpan(member.Start + 1, member.NameLength - 2);

    private string Name(Member member) => Encoding.UTF8.GetString(Unquoted(member));

    /// <summary>Section 3.2.2.2: only the quote, the backslash and the controls below U+0020 are escaped; the five
    /// controls with a short form use it, the others <c>\u00xx</c> in lower case. Everything else is itself.
    /// Returns the decoded string when its bytes cannot be compared as they are (see the remarks on <see cref="JsonCanonicalizer"/>).</summary>
    private string? String(ref Utf8JsonReader reader)
    {
        Put((byte)'"');
        string? key = null;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var raw = reader.ValueSpan;
            if (!System.Text.Unicode.Utf8.IsValid(raw))
            {
                throw new FormatException("a string is not valid UTF-8.");
            }

            Put(raw);
            if (raw.ContainsAnyInRange((byte)0xEE, (byte)0xFF)) key = reader.GetString();
        }
        else
        {
            key = JsonCanonicalizer.Checked(reader.GetString()!);
            var text = new StringBuilder(key.Length + 8);
            foreach (var c in key)
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

            Put(Encoding.UTF8.GetBytes(text.ToString()));
        }

        Put((byte)'"');
        return key;
    }

    private void Number(ref Utf8JsonReader reader)
    {
        var value = reader.TryGetDouble(out var parsed) ? parsed : double.NaN;
        // Where .NET's shortest round-trip form has no exponent it is ECMAScript's too (the same shortest digits,
        // laid out plainly, in a range inside ECMAScript's plain range); -0 and exponents take the long way.
        Span<byte> digits = stackalloc byte[32];
        if (double.IsFinite(value) && value != 0 && value.TryFormat(digits, out var count, "R", CultureInfo.InvariantCulture)
            && digits[..count].IndexOfAny((byte)'E', (byte)'e') < 0)
        {
            Put(digits[..count]);
            return;
        }

        Put(Encoding.UTF8.GetBytes(JsonCanonicalizer.Number(value)));
    }

    private void Put(byte value)
    {
        Ensure(1);
        buffer[length++] = value;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + more));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
