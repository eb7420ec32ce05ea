using System.Globalization;
using System.Xml.Linq;
using VendorAdvisor.Api.Features.Reports;

namespace VendorAdvisor.Api.Tests.Reports;

public sealed class SvgChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static double Width(XElement rect) => double.Parse((string)rect.Attribute("width")!, CultureInfo.InvariantCulture);

    private static double X(XElement rect) => double.Parse((string)rect.Attribute("x")!, CultureInfo.InvariantCulture);

    [Fact]
    public void Stacked_bars_draw_one_segment_per_part_in_proportion_to_the_largest_total()
    {
        var svg = Parse(SvgCharts.StackedBars("c", "Scores", ["Price", "Latency"],
            [new ChartRow("A", [0.2, 0.6]), new ChartRow("B", [0.4, 0.0])]));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        bars.Count.ShouldBe(4);
        Width(bars[0]).ShouldBe(Width(bars[1]) / 3, 0.01);           // 0.2 against 0.6
        (Width(bars[0]) + Width(bars[1])).ShouldBe(490, 0.01);       // the largest total fills the plot
        Width(bars[2]).ShouldBe(Width(bars[0]) * 2, 0.01);
        Width(bars[3]).ShouldBe(0);
        X(bars[1]).ShouldBe(X(bars[0]) + Width(bars[0]), 0.01);      // segments follow each other
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("Latency");
        ((string)svg.Attribute("role")!).ShouldBe("img");
        svg.Element(Svg + "title")!.Value.ShouldBe("Scores");
    }

    [Fact]
    public void Labels_are_escaped_so_markup_in_a_name_stays_text()
    {
        var svg = SvgCharts.ShareBars("c", "<b>title</b>", [new ChartRow("<script>alert(1)</script> & co", [0.5])]);

        svg.ShouldNotContain("<script>");
        svg.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        Parse(svg).Descendants(Svg + "text").Select(t => t.Value).ShouldContain("<script>alert(1)</script> & co");
    }

    [Fact]
    public void Share_bars_clamp_to_the_unit_interval_and_read_nonfinite_values_as_zero()
    {
        var svg = Parse(SvgCharts.ShareBars("c", "P", [new ChartRow("A", [1.5]), new ChartRow("B", [double.NaN]), new ChartRow("C", [0.25])]));

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").Select(Width).ToList();
        bars.ShouldBe([490, 0, 122.5], tolerance: 0.01);
        svg.ToString().ShouldNotContain("NaN");
    }

    [Fact]
    public void A_tornado_puts_the_narrowest_interval_on_top_and_marks_the_weight_used()
    {
        var svg = Parse(SvgCharts.Tornado("t", "Stability",
            [new TornadoRow("Wide", 0.2, 0, 0.9), new TornadoRow("Narrow", 0.3, 0.25, 0.35), new TornadoRow("Middle", 0.1, 0.0, 0.4)]));

        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "label").Select(t => t.Value).ShouldBe(["Narrow", "Middle", "Wide"]);
        var narrow = svg.Descendants(Svg + "rect").First(r => (string?)r.Attribute("class") == "bar");
        X(narrow).ShouldBe(170 + (0.25 * 490), 0.01);
        Width(narrow).ShouldBe(0.1 * 490, 0.01);
        var marker = svg.Descendants(Svg + "rect").First(r => (string?)r.Attribute("class") == "marker");
        (X(marker) + 1.5).ShouldBe(170 + (0.3 * 490), 0.01);
    }
}
