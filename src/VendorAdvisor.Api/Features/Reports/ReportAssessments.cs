using System.Text;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Domain.Catalog;
using static VendorAdvisor.Api.Features.Reports.ReportHtml;

namespace VendorAdvisor.Api.Features.Reports;

/// The catalog's reasons behind the result: the assessments of the vendors that finished first and second on every
/// criterion that carried weight (heaviest first), with their rationale and the sources they rest on, then those
/// sources in full. Those are the assessments that decided the order at the top.
public static class ReportAssessments
{
    public static void Append(StringBuilder html, RecommendationResponse rec, VendorCatalog catalog)
    {
        var top = rec.Ranking.Take(2).ToList();
        var weights = rec.Weights.Where(w => w.Weight > 0).OrderByDescending(w => w.Weight).ThenBy(w => w.Criterion, StringComparer.Ordinal).ToList();
        var cited = new List<string>();
        html.Append("<section id=\"assessments\" class=\"long\"><h2>The assessments behind the result</h2>")
            .Append("<p>").Append(Text($"Catalog {rec.CatalogVersion}: how {string.Join(" and ", top.Select(v => v.Name))} were assessed on each criterion that carried weight, heaviest first.")).Append("</p>");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var weight in weights)
        {
            var criterion = catalog.Criteria.FirstOrDefault(c => c.Id == weight.Criterion);
            foreach (var vendor in top)
            {
                var assessment = catalog.Assessments.FirstOrDefault(a => a.VendorId == vendor.Vendor && a.CriterionId == weight.Criterion);
                if (assessment is null) continue;
                foreach (var id in assessment.SourceIds.Where(id => !cited.Contains(id))) cited.Add(id);
                rows.Add([
                    Text(criterion?.Name ?? weight.Criterion) + $" <span class=\"muted\">({Percent(weight.Weight)})</span>",
                    Text(vendor.Name),
                    Text($"{Number(assessment.Score, "0.#")} ± {Number(assessment.Uncertainty, "0.#")}"),
                    Text(assessment.Rationale) + (assessment.OverriddenBy is null ? "" : $" <em>{Text($"(overridden by the {assessment.OverriddenBy})")}</em>"),
                    Text(string.Join(", ", assessment.SourceIds.Select(id => $"[{cited.IndexOf(id) + 1}]"))),
                ]);
            }
        }
        Table(html, ["Criterion (weight)", "Vendor", "Score", "Rationale", "Sources"], rows);

        html.Append("<h3>Sources</h3><ol class=\"sources\">");
        foreach (var id in cited)
        {
            var source = catalog.Sources.FirstOrDefault(s => s.Id == id);
            html.Append("<li>").Append(source is null
                ? Text(id)
                : Text($"{source.Title}. {source.Publisher}, {source.Date}.") + (source.Note is null ? "" : $" <span class=\"muted\">{Text(source.Note)}</span>")).Append("</li>");
        }
        html.Append("</ol></section>");
    }
}
