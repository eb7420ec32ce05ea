using System.Globalization;

namespace VendorAdvisor.Api.Features.Profiles;

/// The profile's version as an HTTP entity tag: `"3"`.
public static class ProfileETag
{
    public const string Description = "The profile's version (`\"3\"`): send it back in If-Match to change the profile.";

    public static string Format(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// Whether an If-Match value names this version ("*" matches any); weak tags compare by value.
    public static bool Matches(string ifMatch, long version) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || (tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) == Format(version));

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);
}
