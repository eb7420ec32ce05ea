namespace VendorAdvisor.Api.Features.Reports;

/// The report's only stylesheet, inline. The print rules give clean A4 pages from a browser's "print to PDF":
/// margins set by @page, sections and charts not split across pages, tables repeating their header rows, and
/// links printed as text.
public static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 14px; line-height: 1.45;
               color: #1a1a1a; background: #ffffff; max-width: 960px; margin: 0 auto; padding: 24px; }
        header { border-bottom: 3px solid #0072B2; margin-bottom: 16px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #dddddd; padding-bottom: 2px; }
        h3 { font-size: 15px; margin: 16px 0 4px; }
        .lead { font-size: 16px; }
        .muted { color: #666666; }
        .warning { background: #fff4e0; border-left: 4px solid #E69F00; padding: 6px 10px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
        th, td { border: 1px solid #d0d0d0; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f2f5f8; }
        table.nested { margin: 0; font-size: 13px; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        figure { margin: 8px 0 16px; }
        figcaption { font-size: 12px; color: #555555; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg.chart text { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 12px; fill: #1a1a1a; }
        svg.chart text.tick, svg.chart text.legend { font-size: 11px; }
        ul.reasons { margin: 0; padding-left: 18px; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          section, figure, tr { break-inside: avoid; page-break-inside: avoid; }
          section.long { break-inside: auto; page-break-inside: auto; }
          thead { display: table-header-group; }
          th { background: #eeeeee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          svg.chart { max-height: 120mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
