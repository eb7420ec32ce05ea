using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Features.Reports;

/// Small HTML helpers for the report: every piece of text goes through <see cref="Text"/>, so that a profile
/// named `&lt;script&gt;` reads as those characters. Also renders JSON it does not know (fields that other parts of the
/// product add to recommendations later) as nested tables, so that the report shows them without being changed.
public static class ReportHtml
{
    public static string Text(string? text) => SvgCharts.Escape(text);

    public static string Percent(double? value) =>
        value is { } v && double.IsFinite(v) ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Number(double? value, string format = "0.###") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    /// "crossBorderTransfer" → "Cross border transfer".
    public static string Humanize(string key)
    {
        var words = new StringBuilder();
        foreach (var c in key)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
        return words.Replace('-', ' ').ToString();
    }

    public static void Table(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("<thead><tr>");
        foreach (var header in headers) html.Append("<th scope=\"col\">").Append(Text(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        // Cells arrive already escaped (some hold markup the report built), so they are written as they are.
        foreach (var row in rows) html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{cell}</td>")).Append("</tr>");
        html.Append("</tbody></table>");
    }

    /// A JSON value as HTML: scalars as text, arrays of scalars joined, objects as a two-column table, arrays of
    /// objects as a table with a column per key. Depth-limited, so a deep value cannot blow up the page.
    public static string Json(JsonNode? node, int depth = 0)
    {
        if (depth > 4) return Text(node?.ToJsonString());
        switch (node)
        {
            case null:
                return "<span class=\"muted\">none</span>";
            case JsonValue value:
                return Text(Scalar(value));
            case JsonArray { Count: 0 }:
                return "<span class=\"muted\">none</span>";
            case JsonArray array when array.All(item => item is JsonValue or null):
                return Text(string.Join(", ", array.Select(item => item is JsonValue v ? Scalar(v) : "none")));
            case JsonArray array when array.All(item => item is JsonObject):
                var keys = array.SelectMany(item => item!.AsObject().Select(pair => pair.Key)).Distinct().ToList();
                var html = new StringBuilder();
                Table(html, [.. keys.Select(Humanize)], array.Select(item => (IReadOnlyList<string>)[.. keys.Select(key => Json(item![key], depth + 1))]), "nested");
                return html.ToString();
            case JsonArray array:
                return "<ul>" + string.Concat(array.Select(item => $"<li>{Json(item, depth + 1)}</li>")) + "</ul>";
            case JsonObject { Count: 0 }:
                return "<span class=\"muted\">none</span>";
            default:
                var table = new StringBuilder();
                Table(table, ["Field", "Value"], node.AsObject().Select(pair => (IReadOnlyList<string>)[Text(Humanize(pair.Key)), Json(pair.Value, depth + 1)]), "nested");
                return table.ToString();
        }
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.True => "yes",
        System.Text.Json.JsonValueKind.False => "no",
        System.Text.Json.JsonValueKind.Number => Number(value.GetValue<double>()),
        _ => value.ToString(),
    };
}
