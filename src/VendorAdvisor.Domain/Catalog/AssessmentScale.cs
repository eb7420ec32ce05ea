namespace VendorAdvisor.Domain.Catalog;

/// <summary>The scale of every assessment score: the catalog's, its overrides' and a profile's minimum scores. 10 is
/// best whatever the criterion (a cheap vendor scores high on price). The catalog file must declare this scale, so the
/// rules, the messages and the documents that state it all read it from here.</summary>
public static class AssessmentScale
{
    public const double Min = 0;
    public const double Max = 10;

    /// <summary>The largest uncertainty (standard deviation of a score) a tenant may state in an override: half the scale.</summary>
    public const double MaxOverrideUncertainty = 5;

    /// <summary>The longest rationale an override may give, in characters: a paragraph, as the catalog's own.</summary>
    public const int MaxRationaleLength = 2000;

    /// <summary>The scale in words, e.g. in a message: "0..10".</summary>
    public static string Text => FormattableString.Invariant($"{Min}..{Max}");

    public static bool Contains(double score) => double.IsFinite(score) && score >= Min && score <= Max;
}
