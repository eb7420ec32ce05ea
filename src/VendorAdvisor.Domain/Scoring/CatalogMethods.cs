using System.Globalization;
using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>
/// How VIKOR and PROMETHEE II read the catalog. PROMETHEE compares score differences on the catalog's scale through a
/// linear preference function per criterion: a difference of at most half a point (less than the smallest uncertainty
/// the catalog states for an assessment, 0.8) is no preference; two points or more (the largest stated uncertainty)
/// is a full preference; in between, the preference grows linearly.
/// </summary>
internal static class CatalogMethods
{
    public const double IndifferenceThreshold = 0.5;
    public const double PreferenceThreshold = 2.0;

    public static readonly string PrometheeSettings = string.Create(CultureInfo.InvariantCulture,
        $"a linear preference function on every criterion, q = {IndifferenceThreshold} and p = {PreferenceThreshold} points of the catalog's scale");

    public static readonly string PrometheeNormalisation =
        "none: PROMETHEE II compares the vendors' score differences per criterion through " + PrometheeSettings;

    public const string VikorNormalisation =
        "VIKOR: per criterion, the remaining vendors' best f* and worst f- scores; weighted regret w (f* - f)/(f* - f-)";

    public static string VikorScale(double v) => string.Create(CultureInfo.InvariantCulture,
        $"1 - Q, 0..1 (1 = the best compromise), with v = {v}; S, R, Q and the compromise conditions are in vikor");

    public static PreferenceFunction[] Preferences(VendorCatalog catalog) =>
        Enumerable.Repeat(new PreferenceFunction(PreferenceFunctionKind.Linear, IndifferenceThreshold, PreferenceThreshold), catalog.Criteria.Count).ToArray();
}
