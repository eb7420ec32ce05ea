using Marten.Pagination;

namespace VendorAdvisor.Api.Infrastructure;

/// One page of a list: its items, where it stands, how many match in all, and whether another page follows.
/// Its OpenAPI schema is named after the item (ProfileResponse gives ProfileListResponse, see SchemaNames), the
/// names the lists had before they shared this type.
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int Limit, long Total, bool HasMore);

public static class PagedResponse
{
    public static PagedResponse<T> From<TSource, T>(IPagedList<TSource> page, IPagedRequest request, Func<TSource, T> map) =>
        new([.. page.Select(map)], request.Page, request.Limit, page.TotalItemCount, page.HasNextPage);
}
