using FluentValidation;

namespace VendorAdvisor.Api.Features.Audit;

/// The query both the paged feed and the live stream take: one set of limits for both.
public interface IAuditFilter
{
    string? After { get; }
    int? Limit { get; }
    string? Type { get; }
    string? Actor { get; }
}

public sealed class AuditFilterRules : AbstractValidator<IAuditFilter>
{
    public AuditFilterRules()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, ReadAuditFeed.MaxLimit);
        RuleFor(x => x.Type).MaximumLength(200);
        RuleFor(x => x.Actor).MaximumLength(200);
        RuleFor(x => x.After).MaximumLength(100);
    }
}
