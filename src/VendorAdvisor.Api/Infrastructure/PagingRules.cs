using FluentValidation;

namespace VendorAdvisor.Api.Infrastructure;

/// The query parameters of a paged list.
public interface IPagedRequest
{
    int Page { get; }
    int Limit { get; }
}

/// The rules of every paged list's query, written once (the bounds are in Paging).
public sealed class PagingRules : AbstractValidator<IPagedRequest>
{
    public PagingRules()
    {
        RuleFor(x => x.Page).ValidPage();
        RuleFor(x => x.Limit).ValidLimit();
    }
}
