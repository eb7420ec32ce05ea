using JasperFx;
using JasperFx.Events;
using Microsoft.AspNetCore.Diagnostics;
using VendorAdvisor.Domain;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Maps, in one place, the exceptions that are answers rather than failures: the engine refusing input
/// it cannot decide on (400, with its reason), and a concurrent writer having got there first (409).
/// Endpoints that take If-Match turn the latter into 412 themselves.
public sealed class KnownExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            DecisionInputException input => (StatusCodes.Status400BadRequest, input.Message),
            ConcurrencyException or EventStreamUnexpectedMaxEventIdException or ExistingStreamIdCollisionException =>
                (StatusCodes.Status409Conflict, "Another request changed this resource at the same moment; read it again and retry."),
            _ => (0, null),
        };
        if (status == 0) return false;
        await Problems.WriteAsync(httpContext, status, detail);
        return true;
    }
}
