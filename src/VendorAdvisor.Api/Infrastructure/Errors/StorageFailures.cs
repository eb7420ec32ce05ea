using System.Net.Sockets;
using Npgsql;

namespace VendorAdvisor.Api.Infrastructure.Errors;

/// Sorts what PostgreSQL (or the way to it) throws into the two classes a caller can act on: the database
/// is away (503, retry later) and a value the database refused (400, change the request). Everything else
/// stays an unexpected error.
public static class StorageFailures
{
    /// How long a client should wait before retrying while the database is away: long enough for a restart
    /// or a fail-over to finish, short enough that a retrying client notices recovery within seconds.
    public const int RetryAfterSeconds = 2;

    /// Connection refused or reset, a server shutting down or starting up, a pool or command timeout.
    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // 08: connection exceptions; 57P01-57P03: shutting down, crashed, not yet accepting
                    // connections; 53300: too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections;
                case NpgsqlException npgsql when npgsql.IsTransient
                                                 || npgsql.InnerException is SocketException or IOException or TimeoutException or EndOfStreamException:
                    return true;
                case SocketException or EndOfStreamException:
                    return true;
            }
        }
        return false;
    }

    /// A value PostgreSQL refused to store or compare: class 22 (data exception: a NUL character, an
    /// invalid byte sequence, a number or date out of range) and 54 (a value over an implementation limit).
    /// The input guards catch the known cases earlier, with the field named; this is the net under them.
    public static bool IsRefusedValue(Exception exception, out string sqlState)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres &&
                (postgres.SqlState.StartsWith("22", StringComparison.Ordinal) || postgres.SqlState.StartsWith("54", StringComparison.Ordinal)))
            {
                sqlState = postgres.SqlState;
                return true;
            }
        }
        sqlState = "";
        return false;
    }
}
