using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Every error leaves the API as RFC 9457 problem details, with the same title per status and a trace id
/// that support can look up. Endpoints use the factories; middleware uses <see cref="WriteAsync"/>.
public static class Problems
{
    /// The largest request body accepted, in bytes; larger ones get 413 before any endpoint runs.
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static string TitleFor(int status) => status switch
    {
        400 => "The request is invalid.",
        401 => "Authentication is required.",
        403 => "The operation is forbidden for this key.",
        404 => "The resource was not found.",
        405 => "The method is not allowed on this resource.",
        409 => "The request conflicts with the current state.",
        412 => "The resource has changed since it was read.",
        413 => "The request body is too large.",
        415 => "The content type is not supported.",
        422 => "The request cannot be processed.",
        428 => "A precondition header is required.",
        429 => "Too many requests.",
        414 => "The URL is too long.",
        431 => "The request headers are too large.",
        503 => "The service is unavailable.",
        _ => status >= 500 ? "An unexpected error occurred." : "The request failed.",
    };

    public static ProblemHttpResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult Conflict(string detail) => Result(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult Result(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: TitleFor(status));

    /// FastEndpoints writes validation failures itself: give them the same title, type and trace id as
    /// every other problem.
    public static void UseValidationProblems(this FastEndpoints.ErrorOptions errors) =>
        errors.UseProblemDetails(config =>
        {
            config.TitleTransformer = problem => TitleFor(problem.Status);
            config.TypeTransformer = problem => TypeFor(problem.Status);
            config.ResponseBuilder = (failures, context, status) =>
                new FastEndpoints.ProblemDetails(failures, context.Request.Path, TraceId(context), status);
        });

    private static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// One `type` per status, whichever code path writes the problem (an endpoint's result, a middleware, the
    /// validator), so that a client can switch on it: the status's section of RFC 9110, or RFC 6585 for 428/429/431.
    public static string TypeFor(int status) => status switch
    {
        400 => Rfc9110("15.5.1"),
        401 => Rfc9110("15.5.2"),
        403 => Rfc9110("15.5.4"),
        404 => Rfc9110("15.5.5"),
        405 => Rfc9110("15.5.6"),
        406 => Rfc9110("15.5.7"),
        409 => Rfc9110("15.5.10"),
        412 => Rfc9110("15.5.13"),
        413 => Rfc9110("15.5.14"),
        414 => Rfc9110("15.5.15"),
        415 => Rfc9110("15.5.16"),
        422 => Rfc9110("15.5.21"),
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        431 => "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        500 => Rfc9110("15.6.1"),
        503 => Rfc9110("15.6.4"),
        _ => $"https://httpstatuses.io/{status}",
    };

    private static string Rfc9110(string section) => $"https://tools.ietf.org/html/rfc9110#section-{section}";

    public static async Task WriteAsync(HttpContext context, int status, string? detail)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = TitleFor(status), Detail = detail },
        });
    }

    /// A 400 naming one field, in the shape FastEndpoints gives validation failures.
    public static Task WriteInvalidAsync(HttpContext context, string field, string reason)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = reason };
        problem.Extensions["errors"] = new[] { new { name = field, reason } };
        return service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    public static IServiceCollection AddProblems(this IServiceCollection services) =>
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>() // first, so that it is the one used
            .AddRequestGuards()
            .AddSingleton<LoadLimit>()
            .AddExceptionHandler<KnownExceptionHandler>().AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Title = problem.Status is { } status ? TitleFor(status) : problem.Title;
            problem.Type = TypeFor(problem.Status ?? 500);
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = TraceId(context.HttpContext);
            if (context.Exception is not null && problem.Status >= 500)
            {
                problem.Detail = "The error was logged; quote the trace id when you report it.";
            }
        });

    /// Exceptions become problem details without stack traces; Kestrel's own request errors (a body over
    /// the limit, a malformed request line) keep their 4xx status.
    public static WebApplication UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : 500,
            // An exception that KnownExceptionHandler turned into an answer (a 400, a 409, a 503 while the
            // database is away) is not logged with its stack trace: anyone could flood the log with them.
            SuppressDiagnosticsCallback = context => context.ExceptionHandledBy == Microsoft.AspNetCore.Diagnostics.ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                await WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                    $"The request body may be at most {MaxRequestBodyBytes} bytes.");
                return;
            }
            var limit = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = MaxRequestBodyBytes;
            await next(context);
        });
        app.UseLoadShedding();
        app.UseRequestGuards();
        return app;
    }
}
