using System.Globalization;
using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using VendorAdvisor.Domain;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Maps, in one place, the exceptions that are answers rather than failures: the engine refusing input
/// it cannot decide on (400, with its reason), a value PostgreSQL refuses (400), a concurrent writer
/// having got there first (409), and the database being away (503 with Retry-After). Endpoints that take
/// If-Match turn the concurrency case into 412 themselves.
public sealed class KnownExceptionHandler(ILogger<KnownExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            DecisionInputException input => (StatusCodes.Status400BadRequest, input.Message),
            ConcurrencyException or EventStreamUnexpectedMaxEventIdException or ExistingStreamIdCollisionException =>
                (StatusCodes.Status409Conflict, "Another request changed this resource at the same moment; read it again and retry."),
            _ when StorageFailures.IsOutage(exception) =>
                (StatusCodes.Status503ServiceUnavailable,
                    $"The database does not answer, so the request may not have been carried out; retry it (with the same Idempotency-Key, if any) after {StorageFailures.RetryAfterSeconds} s."),
            _ when StorageFailures.IsRefusedValue(exception, out var sqlState) =>
                (StatusCodes.Status400BadRequest, $"A value in the request cannot be stored or compared (PostgreSQL {sqlState}); nothing was changed."),
            _ => (0, null),
        };
        if (status == 0) return false;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            // One line per request, no stack trace: an outage must not flood the log.
            logger.LogWarning("The database did not answer {Method} {Path}: {Reason}", httpContext.Request.Method,
                httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = StorageFailures.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        await Problems.WriteAsync(httpContext, status, detail);
        return true;
    }
}
