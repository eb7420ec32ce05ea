using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Reports;

public sealed record GetRecommendationReportRequest
{
    public Guid RecommendationId { get; init; }
}

public sealed class GetRecommendationReport(IQuerySession session, CatalogReader catalogs) : Endpoint<GetRecommendationReportRequest>
{
    public const string Html = "text/html";

    /// No script may run and nothing may be fetched: the page holds everything it shows. Enforced by the browser
    /// too, so that even a flaw in escaping could not run a script or phone home.
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public override void Configure()
    {
        Get("/v1/recommendations/{recommendationId}/report");
        Roles(Role.Readers);
        Description(endpoint => endpoint.Produces<string>(200, Html));
        Summary(s =>
        {
            s.Summary = "A recommendation as a self-contained HTML report to hand to the client.";
            s.Description = "One text/html page with inline CSS and SVG charts, no scripts and no external requests, and a print " +
                            "stylesheet for A4 (print to PDF from a browser): the client as scored, the ranking, each vendor's score by " +
                            "criterion, the weights and where they came from, the chance of ranking first, the weight stability " +
                            "intervals, constraints and exclusions, strengths and weaknesses, the catalog's rationale and sources for " +
                            "the assessments behind the result, and the reproducibility block. Errors stay application/problem+json.";
            s.Responses[200] = "The report page (text/html; charset=utf-8).";
            s.ResponseExamples[200] = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cloud vendor recommendation: " +
                                      "Mobile game studio</title><style>…</style></head><body><header><h1>Cloud vendor recommendation for " +
                                      "Mobile game studio</h1>…</header>…<svg class=\"chart\" id=\"chart-contributions\" role=\"img\">…</svg>…</body></html>";
            s.Responses[406] = "The request's Accept header rules out text/html.";
        });
    }

    public override async Task HandleAsync(GetRecommendationReportRequest req, CancellationToken ct)
    {
        if (!AcceptsHtml(HttpContext.Request))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status406NotAcceptable,
                "The report is an HTML page: send Accept: text/html (or none), or read GET /v1/recommendations/{id} for JSON."));
            return;
        }
        var issued = await session.LoadRecommendationAsync(req.RecommendationId, ct);
        if (issued is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no recommendation '{req.RecommendationId}'."));
            return;
        }

        var catalog = await catalogs.RecordedAsync(session, issued.CatalogVersion, ct);
        var page = ReportPage.Render(RecommendationResponse.From(issued), catalog.Catalog);
        HttpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        HttpContext.Response.Headers.CacheControl = "private, no-cache";
        await Send.StringAsync(page, 200, Html + "; charset=utf-8", ct);
    }

    /// No Accept header, or one that admits text/html (text/html, text/*, */*, with a non-zero quality).
    private static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || accept.Any(value => value.Quality is not 0 &&
            (value.MatchesAllTypes || (value.Type.Equals("text", StringComparison.OrdinalIgnoreCase) && (value.MatchesAllSubTypes || value.SubType.Equals("html", StringComparison.OrdinalIgnoreCase)))));
    }
}
