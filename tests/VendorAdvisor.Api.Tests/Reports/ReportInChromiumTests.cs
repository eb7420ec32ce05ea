using System.Text;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace VendorAdvisor.Api.Tests.Reports;

/// The report as a client sees it: loaded in headless Chromium, which must show it without a console error or a
/// single request beyond the page itself, with its charts drawn. A screenshot and an A4 PDF are kept under
/// .test-results/report/ for people to look at.
[Collection(ApiTests.Name)]
public sealed class ReportInChromiumTests(ApiFixture api)
{
    private const string PageUrl = "https://report.invalid/report.html";

    [Fact]
    public async Task Chromium_shows_the_report_without_errors_or_requests_and_draws_its_charts()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await ReportTests.IssueAsync(client);
        var html = await (await ReportTests.ReportAsync(client, id)).Content.ReadAsStringAsync();
        var output = TestOutput.Directory("report");
        await File.WriteAllTextAsync(Path.Combine(output, "report.html"), html);

        var userData = Directory.CreateTempSubdirectory("va-chromium-");
        try
        {
            await using var browser = await Chromium.LaunchAsync(userData.FullName);
            await using var page = await browser.NewPageAsync();
            var problems = new List<string>();
            var requests = new List<string>();
            page.Console += (_, e) => { if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning) problems.Add($"console {e.Message.Type}: {e.Message.Text}"); };
            page.PageError += (_, e) => problems.Add("page error: " + e.Message);
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                requests.Add(e.Request.Url);
                if (e.Request.Url == PageUrl)
                {
                    await e.Request.RespondAsync(new ResponseData
                    {
                        Status = System.Net.HttpStatusCode.OK,
                        ContentType = "text/html; charset=utf-8",
                        Body = html,
                        Headers = new Dictionary<string, object> { ["Content-Security-Policy"] = Features.Reports.GetRecommendationReport.ContentSecurityPolicy },
                    });
                }
                else
                {
                    await e.Request.AbortAsync();
                }
            };
            await page.SetViewportAsync(new ViewPortOptions { Width = 1000, Height = 800 });

            var response = await page.GoToAsync(PageUrl, WaitUntilNavigation.Load);

            response.Ok.ShouldBeTrue();
            problems.ShouldBeEmpty();
            requests.ShouldBe([PageUrl], "the page must fetch nothing");
            (await page.EvaluateExpressionAsync<string>("document.documentElement.lang")).ShouldBe("en");
            (await page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent")).ShouldContain(ReportTests.ScriptName);
            (await page.EvaluateExpressionAsync<int>("document.scripts.length")).ShouldBe(0);
            foreach (var chart in new[] { "chart-contributions", "chart-probability-first", "chart-stability" })
            {
                var drawn = await page.EvaluateExpressionAsync<double[]>(
                    $"(() => {{ const c = document.getElementById('{chart}'); const r = c.getBoundingClientRect(); " +
                    "const bars = [...c.querySelectorAll('rect.bar')].filter(b => b.getBoundingClientRect().width > 0).length; " +
                    "return [r.width, r.height, bars]; })()");
                drawn[0].ShouldBeGreaterThan(300, chart);
                drawn[1].ShouldBeGreaterThan(80, chart);
                drawn[2].ShouldBeGreaterThanOrEqualTo(3, $"{chart} draws its bars");
            }

            await page.ScreenshotAsync(Path.Combine(output, "report.png"), new ScreenshotOptions { FullPage = true });
            var pdf = await page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = true });
            await File.WriteAllBytesAsync(Path.Combine(output, "report.pdf"), pdf);
            var pages = CountPdfPages(pdf);
            pages.ShouldBeInRange(2, 12, "the print stylesheet lays the report out on a handful of A4 pages");
            problems.ShouldBeEmpty();
        }
        finally
        {
            userData.Delete(recursive: true);
        }
    }

    private static int CountPdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var at = text.IndexOf("/Type /Page", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type /Page", at + 1, StringComparison.Ordinal))
        {
            if (!text.AsSpan(at + 11).StartsWith("s")) count++;
        }
        return count;
    }
}
