using FluentValidation;

namespace VendorAdvisor.Api.Infrastructure;

/// The bounds of every paged list, defined once. The largest page keeps the row offset, (page - 1) x limit,
/// far inside what PostgreSQL's OFFSET and a 32-bit int hold, so no page number can overflow it.
public static class Paging
{
    public const int MaxLimit = 100;
    public const int MaxPage = 1_000_000;

    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage($"'page' must be between 1 and {MaxPage}.");

    public static IRuleBuilderOptions<T, int> ValidLimit<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxLimit).WithMessage($"'limit' must be between 1 and {MaxLimit}.");
}
