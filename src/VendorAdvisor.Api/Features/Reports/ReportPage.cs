using System.Globalization;
using System.Text;
using System.Text.Json;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Catalog;
using static VendorAdvisor.Api.Features.Reports.ReportHtml;

namespace VendorAdvisor.Api.Features.Reports;

/// The page a consultant hands a client: one self-contained HTML document (inline CSS and SVG, no script, no
/// external request) built from a stored recommendation and the catalog version it used.
public static class ReportPage
{
    /// Fields of the recommendation the page lays out itself; any other field (added later) is shown generically.
    private static readonly HashSet<string> Known =
    [
        "id", "profileId", "profileVersion", "issuedAt", "issuedBy", "profile", "samples", "seed", "hash", "previousHash",
        "catalogVersion", "method", "ranking", "excluded", "weights", "ahpConsistency", "sensitivity", "manifest", "warnings",
    ];

    public static string Render(RecommendationResponse rec, VendorCatalog catalog)
    {
        var json = JsonSerializer.SerializeToNode(rec, ApiJson.Options)!.AsObject();
        string Criterion(string id) => catalog.Criteria.FirstOrDefault(c => c.Id == id)?.Name ?? id;
        string Vendor(string id) => catalog.Vendors.FirstOrDefault(v => v.Id == id)?.Name ?? id;
        var name = rec.Profile?.Name ?? "client";
        var winner = rec.Ranking.Count > 0 ? rec.Ranking[0] : null;

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Text($"Cloud vendor recommendation: {name}")).Append("</title>")
            .Append("<style>").Append(ReportStyle.Css).Append("</style></head><body>");

        html.Append("<header><h1>").Append(Text($"Cloud vendor recommendation for {name}")).Append("</h1>")
            .Append("<p class=\"muted\">").Append(Text(string.Create(CultureInfo.InvariantCulture,
                $"Issued {rec.IssuedAt:yyyy-MM-dd HH:mm} UTC by {rec.IssuedBy}; method {Enum(rec.Method)}; catalog {rec.CatalogVersion}.")))
            .Append("</p></header>");

        html.Append("<section id=\"summary\"><h2>Summary</h2><p class=\"lead\">");
        html.Append(winner is null
            ? "No vendor remains after the client's constraints."
            : Text($"Recommended: {winner.Name}, score {Number(winner.Score)}") +
              (winner.ProbabilityFirst is { } p ? Text($", first in {Percent(p)} of the simulations over the assessments' uncertainty") : "") + ".");
        html.Append("</p>");
        foreach (var warning in rec.Warnings) html.Append("<p class=\"warning\">").Append(Text(warning)).Append("</p>");
        html.Append("</section>");

        html.Append("<section id=\"profile\"><h2>The client as scored</h2>")
            .Append("<p class=\"muted\">").Append(Text($"Profile {rec.ProfileId}, version {rec.ProfileVersion}.")).Append("</p>")
            .Append(Json(json["profile"])).Append("</section>");

        html.Append("<section id=\"ranking\"><h2>Ranking</h2>");
        Table(html, ["Rank", "Vendor", "Score", "Chance of ranking first"], rec.Ranking.Select(v => (IReadOnlyList<string>)
            [Number(v.Rank), Text(v.Name), Number(v.Score), v.ProbabilityFirst is null ? "not simulated" : Percent(v.ProbabilityFirst)]));
        var criteria = rec.Weights.Select(w => w.Criterion).ToList();
        html.Append("<figure>").Append(SvgCharts.StackedBars("chart-contributions", "Each vendor's score by criterion",
                [.. criteria.Select(Criterion)],
                [.. rec.Ranking.Select(v => new ChartRow(v.Name, [.. criteria.Select(c => v.Contributions.GetValueOrDefault(c))]))]))
            .Append("<figcaption>").Append(Text($"Each bar is a vendor's score ({Enum(rec.Method)}), split into the part each criterion contributes.")).Append("</figcaption></figure></section>");

        html.Append("<section id=\"weights\"><h2>Weights and where they came from</h2>")
            .Append("<p>").Append(Text(rec.Manifest.WeightDerivation)).Append("</p>");
        Table(html, ["Criterion", "Weight", "Points", "Source", "Why"], rec.Weights.Select(w => (IReadOnlyList<string>)
            [Text(Criterion(w.Criterion)), Percent(w.Weight), Number(w.Points, "0.##"), Text(w.Source),
             w.Adjustments.Count == 0 ? "<span class=\"muted\">base points only</span>"
                 : "<ul class=\"reasons\">" + string.Concat(w.Adjustments.Select(a => $"<li>{Text($"{a.Attribute} = {a.Value}: {Signed(a.Points)} ({a.Reason})")}</li>")) + "</ul>"]));
        if (rec.AhpConsistency is { } ahp)
        {
            html.Append("<p>").Append(Text($"AHP consistency ratio {Number(ahp.ConsistencyRatio)} ({(ahp.Consistent ? "consistent" : "inconsistent")}, threshold {Number(rec.Manifest.ConsistencyThreshold)}).")).Append("</p>");
        }
        html.Append("</section>");

        html.Append("<section id=\"uncertainty\"><h2>Chance of ranking first</h2>");
        if (rec.Ranking.Any(v => v.ProbabilityFirst is not null))
        {
            html.Append("<figure>").Append(SvgCharts.ShareBars("chart-probability-first", "Chance that each vendor ranks first",
                    [.. rec.Ranking.Select(v => new ChartRow(v.Name, [v.ProbabilityFirst ?? 0]))]))
                .Append("<figcaption>").Append(Text($"Share of {rec.Samples:N0} seeded Monte Carlo draws (seed {rec.Seed}) over the assessments' uncertainty in which each vendor came first.")).Append("</figcaption></figure>");
        }
        else
        {
            html.Append("<p class=\"muted\">Not simulated: this recommendation was issued without Monte Carlo samples.</p>");
        }
        html.Append("</section>");

        html.Append("<section id=\"stability\"><h2>How stable the winner is</h2>");
        if (rec.Sensitivity.Weights.Count > 0)
        {
            html.Append("<figure>").Append(SvgCharts.Tornado("chart-stability", "Weight stability intervals",
                    [.. rec.Sensitivity.Weights.Select(w => new TornadoRow(Criterion(w.Criterion), w.Weight, w.LowerBound, w.UpperBound))]))
                .Append("<figcaption>").Append(Text($"For each criterion, the range of its weight (the others rescaled in proportion) over which {Vendor(rec.Sensitivity.Winner ?? "")} stays first; the dark mark is the weight used. Narrowest first.")).Append("</figcaption></figure>");
        }
        html.Append("<p>").Append(rec.Sensitivity.SmallestWinnerChange is { } flip
            ? Text($"The smallest single change that hands first place to someone else: {Criterion(flip.Criterion)} from {Percent(flip.FromWeight)} to {Percent(flip.ToWeight)}, and {Vendor(flip.NewWinner)} wins.")
            : "No change of a single weight hands first place to another vendor.").Append("</p>");
        Table(html, ["Without", "Order of the others kept?", "Order without it"], rec.Sensitivity.Removals.Select(r => (IReadOnlyList<string>)
            [Text(Vendor(r.Removed)), r.OrderOfOthersPreserved ? "yes" : "no", Text(string.Join(" > ", r.OrderWithout.Select(Vendor)))]));
        html.Append("</section>");

        html.Append("<section id=\"constraints\"><h2>Hard constraints and exclusions</h2>")
            .Append(rec.Profile?.Constraints is null ? "<p class=\"muted\">The client set no hard constraints.</p>" : Json(json["profile"]?["constraints"]));
        if (rec.Excluded.Count > 0)
        {
            Table(html, ["Excluded vendor", "Reason"], rec.Excluded.Select(e => (IReadOnlyList<string>)[Text(Vendor(e.Vendor)), Text(e.Reason)]));
        }
        else
        {
            html.Append("<p>No vendor was excluded.</p>");
        }
        html.Append("</section>");

        html.Append("<section id=\"strengths\" class=\"long\"><h2>Strengths and weaknesses</h2>");
        foreach (var v in rec.Ranking)
        {
            html.Append("<h3>").Append(Text($"{v.Rank}. {v.Name}")).Append("</h3>");
            Table(html, ["Strengths", "Weaknesses"], [[Reasons(v.Strengths), Reasons(v.Weaknesses)]]);
        }
        html.Append("</section>");

        ReportAssessments.Append(html, rec, catalog);

        var extra = json.Where(pair => !Known.Contains(pair.Key)).ToList();
        if (extra.Count > 0)
        {
            html.Append("<section id=\"more\" class=\"long\"><h2>Further findings</h2>");
            foreach (var (key, value) in extra) html.Append("<h3>").Append(Text(Humanize(key))).Append("</h3>").Append(Json(value));
            html.Append("</section>");
        }

        html.Append("<section id=\"reproducibility\"><h2>Reproducibility</h2><p>With these inputs the engine gives the same result to the last digit; ")
            .Append("<code>POST /v1/recommendations/").Append(Text(rec.Id.ToString())).Append("/replay</code> checks it.</p>");
        Table(html, ["Item", "Value"], new (string, string?)[]
        {
            ("Recommendation", rec.Id.ToString()), ("Profile version", rec.ProfileVersion.ToString(CultureInfo.InvariantCulture)),
            ("Catalog version", rec.CatalogVersion), ("Method", Enum(rec.Method)), ("Engine version", rec.Manifest.EngineVersion),
            ("Seed", rec.Seed.ToString(CultureInfo.InvariantCulture)), ("Samples", rec.Samples.ToString(CultureInfo.InvariantCulture)),
            ("Hash (SHA-256)", rec.Hash), ("Previous hash", rec.PreviousHash ?? "none (first recommendation of this profile)"),
        }.Select(row => (IReadOnlyList<string>)[Text(row.Item1), $"<span class=\"mono\">{Text(row.Item2)}</span>"]));
        html.Append("<details open><summary>Full manifest</summary>").Append(Json(json["manifest"])).Append("</details></section>");

        return html.Append("</body></html>").ToString();
    }

    private static string Reasons(IReadOnlyList<string> reasons) =>
        reasons.Count == 0 ? "<span class=\"muted\">none stands out</span>" : "<ul class=\"reasons\">" + string.Concat(reasons.Select(r => $"<li>{Text(r)}</li>")) + "</ul>";

    private static string Signed(double points) => (points > 0 ? "+" : "") + Number(points, "0.##") + " points";

    private static string Enum<T>(T value) where T : struct, System.Enum => JsonSerializer.Serialize(value, ApiJson.Options).Trim('"');
}
