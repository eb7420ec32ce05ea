using Microsoft.Net.Http.Headers;

namespace VendorAdvisor.Api.Infrastructure.Http;

/// Content negotiation between two media types an endpoint can answer (RFC 9110 12.5.1).
public static class AcceptHeader
{
    /// True when the request's Accept gives <paramref name="candidate"/> a higher quality than <paramref name="fallback"/>,
    /// each rated by the most specific range that matches it (`type/subtype`, then `type/*`, then `*/*`). No Accept, `*/*`
    /// and a tie keep the fallback: a client that did not ask for the other format gets the one it was generated for.
    public static bool Prefers(this HttpRequest request, string candidate, string fallback)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count > 0 && Quality(accept, candidate) > Quality(accept, fallback);
    }

    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        var target = MediaTypeHeaderValue.Parse(mediaType);
        var (specificity, quality) = (0, 0.0);
        foreach (var range in accept)
        {
            var matches = range.MatchesAllTypes ? 1
                : range.Type.Equals(target.Type, StringComparison.OrdinalIgnoreCase) && range.MatchesAllSubTypes ? 2
                : range.MediaType.Equals(target.MediaType, StringComparison.OrdinalIgnoreCase) ? 3
                : 0;
            if (matches > specificity) (specificity, quality) = (matches, range.Quality ?? 1.0);
        }
        return quality;
    }
}
