using System.Globalization;

namespace VendorAdvisor.Api.Features.Profiles;

/// A profile's ETag is the stream version its snapshot was last changed at, `"7"`. Every event that changes
/// what GET shows moves it (a recommendation too: the body counts them; not a team judgement, which the body
/// leaves out), so it stands for the whole representation and earns 304 on a conditional GET. If-Match asks a narrower
/// question, whether the client's data changed since the version named, so it passes for any version from the
/// last change to the client's data up to the stream's: issuing a recommendation never invalidates a
/// consultant's If-Match, and one ETag value serves both headers.
public static class ProfileETag
{
    public const string Description = "The profile's version (`\"7\"`): send it in If-None-Match to get 304 while the profile is unchanged, " +
                                      "or in If-Match to change it (it passes while the client's data has not changed since that version).";

    public static string Format(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// Whether an If-Match value lets a change through ("*" matches any); weak tags compare by value, since a
    /// proxy that compresses responses may weaken the tag it passes on.
    public static bool Matches(string ifMatch, Profile profile) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || (Parse(tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag) is { } version
                                      && version >= profile.ProfileVersion && version <= profile.Version));

    public static void Set(HttpResponse response, Profile profile) => response.Headers.ETag = Format(profile.Version);

    private static long? Parse(string tag) =>
        tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
        && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version : null;
}
