using System.Globalization;
using System.Text;

namespace VendorAdvisor.Api.Features.Reports;

/// One bar of a chart: a label and its values (one per series for stacked bars, one for simple bars).
public sealed record ChartRow(string Label, IReadOnlyList<double> Values);

/// One weight's stability interval: the weight used and the interval in which the winner stays the winner.
public sealed record TornadoRow(string Label, double Weight, double Lower, double Upper);

/// The report's three charts as inline SVG: plain markup with real text elements, so that a browser scales and
/// prints them sharply, a reader can search and copy their labels, and the page needs no fonts or native code on
/// the server. (ScottPlot 5.1.59 was tried: it restores and renders here, but through SkiaSharp's native library
/// (about 155 MB of native assets across runtimes), draws text as glyph outlines, and on a machine without system
/// fonts silently drops every label.) Every label is escaped; values that are not finite count as zero.
public static class SvgCharts
{
    private const int Width = 720;
    private const int LabelWidth = 170;
    private const int RowHeight = 26;
    private const int Top = 34;
    private const int PlotWidth = Width - LabelWidth - 60;

    /// Colour-blind-safe (Okabe and Ito's palette), cycled when there are more series.
    public static readonly IReadOnlyList<string> Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// Horizontal stacked bars: one row per item, one segment per series (negative parts drawn as zero).
    public static string StackedBars(string id, string title, IReadOnlyList<string> series, IReadOnlyList<ChartRow> rows)
    {
        var max = Math.Max(rows.Select(r => r.Values.Sum(Positive)).DefaultIfEmpty(0).Max(), 1e-12);
        var legendHeight = (((series.Count + 2) / 3) * 20) + 10;
        var svg = Open(id, title, Top + (rows.Count * RowHeight) + 30 + legendHeight);
        Axis(svg, rows.Count, max, v => Num(v, "0.##"));
        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + (i * RowHeight);
            Label(svg, rows[i].Label, y);
            double x = LabelWidth;
            for (var s = 0; s < rows[i].Values.Count; s++)
            {
                var w = Positive(rows[i].Values[s]) / max * PlotWidth;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{Num(x)}" y="{y + 4}" width="{Num(w)}" height="{RowHeight - 8}" fill="{Palette[s % Palette.Count]}"><title>{Escape(rows[i].Label)}, {Escape(s < series.Count ? series[s] : "")}: {Num(rows[i].Values[s], "0.###")}</title></rect>""");
                x += w;
            }
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Num(x + 4)}" y="{y + 17}" class="value">{Num(rows[i].Values.Sum(Positive), "0.###")}</text>""");
        }
        var legendTop = Top + (rows.Count * RowHeight) + 30;
        for (var s = 0; s < series.Count; s++)
        {
            var (lx, ly) = (LabelWidth + (s % 3 * 180), legendTop + (s / 3 * 20));
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{lx}" y="{ly}" width="12" height="12" fill="{Palette[s % Palette.Count]}"/><text x="{lx + 16}" y="{ly + 10}" class="legend">{Escape(series[s])}</text>""");
        }
        return Close(svg);
    }

    /// Horizontal bars of shares between 0 and 1, labelled as percentages.
    public static string ShareBars(string id, string title, IReadOnlyList<ChartRow> rows)
    {
        var svg = Open(id, title, Top + (rows.Count * RowHeight) + 30);
        Axis(svg, rows.Count, 1, v => Num(v * 100, "0") + " %");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + (i * RowHeight);
            var value = Math.Clamp(Positive(rows[i].Values.Count > 0 ? rows[i].Values[0] : 0), 0, 1);
            Label(svg, rows[i].Label, y);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{LabelWidth}" y="{y + 4}" width="{Num(value * PlotWidth)}" height="{RowHeight - 8}" fill="{Palette[0]}"><title>{Escape(rows[i].Label)}: {Num(value * 100, "0.#")} %</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Num(LabelWidth + (value * PlotWidth) + 4)}" y="{y + 17}" class="value">{Num(value * 100, "0.#")} %</text>""");
        }
        return Close(svg);
    }

    /// A tornado chart of weight stability intervals on the 0..1 weight axis, narrowest interval (the weight the
    /// winner is most sensitive to) on top; a dark tick marks the weight used.
    public static string Tornado(string id, string title, IReadOnlyList<TornadoRow> rows)
    {
        var ordered = rows.OrderBy(r => Clamp01(r.Upper) - Clamp01(r.Lower)).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        var svg = Open(id, title, Top + (ordered.Count * RowHeight) + 30);
        Axis(svg, ordered.Count, 1, v => Num(v * 100, "0") + " %");
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            var y = Top + (i * RowHeight);
            var (lower, upper, weight) = (Clamp01(row.Lower), Clamp01(row.Upper), Clamp01(row.Weight));
            Label(svg, row.Label, y);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{Num(LabelWidth + (lower * PlotWidth))}" y="{y + 4}" width="{Num(Math.Max(upper - lower, 0) * PlotWidth)}" height="{RowHeight - 8}" fill="{Palette[4]}"><title>{Escape(row.Label)}: the winner stays the winner from {Num(lower * 100, "0.#")} % to {Num(upper * 100, "0.#")} % (used: {Num(weight * 100, "0.#")} %)</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="marker" x="{Num(LabelWidth + (weight * PlotWidth) - 1.5)}" y="{y + 1}" width="3" height="{RowHeight - 2}" fill="#000000"/>""");
        }
        return Close(svg);
    }

    public static string Escape(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");

    private static StringBuilder Open(string id, string title, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" id="{Escape(id)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{Escape(id)}-title">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{Escape(id)}-title">{Escape(title)}</title>""");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    /// Grid lines and tick labels at fifths of the axis, above the rows.
    private static void Axis(StringBuilder svg, int rows, double max, Func<double, string> tick)
    {
        for (var k = 0; k <= 4; k++)
        {
            var x = LabelWidth + (k / 4.0 * PlotWidth);
            svg.Append(CultureInfo.InvariantCulture, $"""<line class="grid" x1="{Num(x)}" y1="{Top - 4}" x2="{Num(x)}" y2="{Top + (rows * RowHeight)}" stroke="#cccccc"/><text class="tick" x="{Num(x)}" y="{Top - 10}" text-anchor="middle">{Escape(tick(max * k / 4))}</text>""");
        }
    }

    private static void Label(StringBuilder svg, string label, int y) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="label" x="{LabelWidth - 8}" y="{y + 17}" text-anchor="end">{Escape(label)}</text>""");

    private static double Positive(double value) => double.IsFinite(value) && value > 0 ? value : 0;

    private static double Clamp01(double value) => double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;

    private static string Num(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);
}
