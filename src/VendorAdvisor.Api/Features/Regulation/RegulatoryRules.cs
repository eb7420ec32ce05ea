using FluentValidation;
using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Regulation;

/// Adapts the domain's check of a profile's regulatory facts (ranges, exemption ids of the current catalogue) to
/// FluentValidation, so that bad facts get 400 with their field paths; the rules themselves live in the domain.
public static class RegulatoryRules
{
    public static void Check<T>(RegulatoryFacts? facts, RegulationCatalog catalog, ValidationContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (facts is null) return;
        foreach (var (field, problem) in facts.Validate(catalog))
        {
            context.AddFailure(field, problem);
        }
    }
}
