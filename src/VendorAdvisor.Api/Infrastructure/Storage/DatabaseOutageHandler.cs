using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// A database that does not answer makes the requests that need it answer 503 with Retry-After, not 500:
/// with tenants on several databases, one database down means only its tenants are turned away, and
/// they are told to come back. Anything else a database says (a constraint, a bad statement) stays a 500.
public sealed class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception)) return false;
        logger.LogWarning("A database did not answer for {Path}: {Reason}", httpContext.Request.Path, Innermost(exception).Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable,
            $"The database that holds this data does not answer; retry after {RetryAfterSeconds} s.");
        return true;
    }

    /// Connection refused or reset, a server shutting down or starting up, a pool exhausted while waiting.
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // 57P01-57P03: the server is shutting down or not yet accepting connections; 08: connection errors.
                    return postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
            }
        }
        return false;
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception;
    }
}
