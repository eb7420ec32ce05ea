using System.Text.Json;
using Microsoft.Extensions.Options;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Writes every problem as application/problem+json whatever the request's Accept header says. ASP.NET
/// Core's own writer declines when Accept names neither JSON nor */* (a browser's text/html, an NDJSON
/// export), and then the status-code pages fall back to text/plain and IProblemDetailsService.WriteAsync
/// throws, turning a 401 or a 429 into an empty 500. An error body a client did not ask for is still
/// better than a wrong status: RFC 9110 lets a server ignore Accept on an error.
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        await http.Response.WriteAsJsonAsync(problem, problem.GetType(), Json, ContentType, http.RequestAborted);
    }
}
