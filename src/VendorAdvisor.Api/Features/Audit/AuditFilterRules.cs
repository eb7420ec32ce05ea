using FluentValidation;

namespace VendorAdvisor.Api.Features.Audit;

/// The limits of <see cref="AuditFilter"/>, for the paged feed and the live stream alike.
public sealed class AuditFilterRules : AbstractValidator<AuditFilter>
{
    public AuditFilterRules()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, ReadAuditFeed.MaxLimit);
        RuleFor(x => x.Type).MaximumLength(200);
        RuleFor(x => x.Actor).MaximumLength(200);
        RuleFor(x => x.After).MaximumLength(100);
    }
}
