namespace VendorAdvisor.Api.Infrastructure;

/// What text the API accepts anywhere (JSON strings and keys, query values, route values): no NUL
/// character, which PostgreSQL cannot store in text or jsonb (22P05, 22021), and no unpaired UTF-16
/// surrogate, which is not text at all and cannot be encoded as UTF-8.
public static class InputText
{
    public const string Rule = "must not contain a NUL character or an unpaired surrogate";

    public static bool IsValid(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }
}
