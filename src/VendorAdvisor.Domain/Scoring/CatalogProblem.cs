using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>The <see cref="Problem"/> of a catalog: its assessments are valid by construction (the catalog checks them
/// when it is read or overridden), so nothing is refused here.</summary>
internal static class CatalogProblem
{
    /// <summary>The catalog's assessments of <paramref name="vendors"/> on its fixed scale, with their uncertainty.</summary>
    public static Problem From(
        VendorCatalog catalog, Vendor[] vendors, IReadOnlyList<CriterionWeight> weights, McdaMethod method, Normalisation normalisation,
        double vikorV = Vikor.DefaultV, PreferenceFunction[]? preferences = null)
    {
        var criteria = catalog.Criteria;
        int m = vendors.Length, n = criteria.Count;
        var values = new double[m * n];
        var sd = new double[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var a = catalog.Assessment(vendors[i].Id, criteria[j].Id);
                values[(i * n) + j] = a.Score;
                sd[(i * n) + j] = a.Uncertainty;
            }
        }

        return new Problem
        {
            CriterionIds = criteria.Select(c => c.Id).ToArray(),
            Benefit = criteria.Select(c => c.HigherIsBetter).ToArray(),
            AlternativeIds = vendors.Select(v => v.Id).ToArray(),
            Values = values,
            Uncertainty = sd,
            Weights = weights.Select(w => w.Weight).ToArray(),
            Method = method,
            Normalisation = normalisation,
            SampleMin = catalog.ScaleMin,
            SampleMax = catalog.ScaleMax,
            VikorV = vikorV,
            Preferences = preferences,
        };
    }
}
