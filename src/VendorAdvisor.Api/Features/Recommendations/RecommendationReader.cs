using Marten;
using VendorAdvisor.Api.Features.Profiles;

namespace VendorAdvisor.Api.Features.Recommendations;

/// Reads recommendations from their one stored copy, the event in the profile's stream, found through the
/// tenant's <see cref="RecommendationView"/> (so another tenant's id finds nothing).
public static class RecommendationReader
{
    public static Task<RecommendationIssued?> LoadRecommendationAsync(this IQuerySession session, Guid recommendationId, CancellationToken ct) =>
        LoadAsync(session, recommendationId, fromEventOnly: false, ct);

    /// Ignores a copy an old view still holds: for audit, only the event counts.
    public static Task<RecommendationIssued?> LoadRecordedRecommendationAsync(this IQuerySession session, Guid recommendationId, CancellationToken ct) =>
        LoadAsync(session, recommendationId, fromEventOnly: true, ct);

    private static async Task<RecommendationIssued?> LoadAsync(IQuerySession session, Guid recommendationId, bool fromEventOnly, CancellationToken ct)
    {
        var view = await session.LoadAsync<RecommendationView>(recommendationId, ct);
        if (view is null) return null;
        if (view.Issued is { } copy && !fromEventOnly) return copy;
        if (view.Version > 0)
        {
            var events = await session.Events.FetchStreamAsync(view.ProfileId, view.Version, fromVersion: view.Version, token: ct);
            return Find(events.Select(e => e.Data), recommendationId);
        }
        // A view written before views recorded the version: search its stream.
        var stream = await session.Events.FetchStreamAsync(view.ProfileId, token: ct);
        return Find(stream.Select(e => e.Data), recommendationId);
    }

    /// The recommendations of one page of a profile's views, in the page's order, read in one query.
    public static async Task<IReadOnlyList<RecommendationIssued>> LoadRecommendationsAsync(
        this IQuerySession session, Guid profileId, IReadOnlyList<RecommendationView> views, CancellationToken ct)
    {
        // Views without a copy always know their version; one page spans one stretch of the stream.
        var located = views.Where(view => view.Issued is null).Select(view => view.Version).ToList();
        var byId = new Dictionary<Guid, RecommendationIssued>();
        if (located.Count > 0)
        {
            var events = await session.Events.FetchStreamAsync(profileId, located.Max(), fromVersion: located.Min(), token: ct);
            foreach (var issued in events.Select(e => e.Data).OfType<RecommendationIssued>()) byId[issued.RecommendationId] = issued;
        }
        return [.. views.Select(view => view.Issued ?? (byId.TryGetValue(view.Id, out var issued)
            ? issued
            : throw new InvalidOperationException($"Recommendation {view.Id} has a view but no event.")))];
    }

    private static RecommendationIssued? Find(IEnumerable<object> data, Guid recommendationId) =>
        data.OfType<RecommendationIssued>().FirstOrDefault(issued => issued.RecommendationId == recommendationId);
}
