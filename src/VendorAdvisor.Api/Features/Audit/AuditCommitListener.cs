using Marten.Storage;
using Npgsql;

namespace VendorAdvisor.Api.Features.Audit;

/// Wakes an <see cref="AuditHorizon"/> on every commit of events in its database, whichever instance or tool wrote
/// them: a statement trigger on the events table sends NOTIFY at commit (NOTIFY is transactional: a rolled-back
/// append sends nothing), and one connection per database listens for it.
public static class AuditCommitListener
{
    public const string NotifyChannel = "vendoradvisor_events";

    /// Listens until <paramref name="ct"/> ends, reconnecting when the database goes away; calls
    /// <paramref name="committed"/> on every notification and on every (re)connection, for what was committed
    /// while not listening.
    public static async Task RunAsync(IMartenDatabase database, string schema, string name, Action committed, ILogger logger, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)database.CreateConnection();
                await connection.OpenAsync(ct);
                await InstallTriggerAsync(connection, schema, ct);
                connection.Notification += (_, _) => committed();
                await using (var listen = new NpgsqlCommand($"listen {NotifyChannel}", connection)) await listen.ExecuteNonQueryAsync(ct);
                committed();
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or IOException)
            {
                // Away, or its event table not created yet (a database that was down when the node started):
                // until this succeeds, streams of its tenants still move on every re-check of the horizon.
                logger.LogWarning("Not listening for audit events on database {Database}; retrying: {Reason}", name, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// Installed by every instance each time it (re)connects to listen, under a lock, as CREATE OR REPLACE: a
    /// database that was away at start-up, or whose tables Marten created later, gets it then.
    private static async Task InstallTriggerAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand($"""
            select pg_advisory_xact_lock(hashtext('{NotifyChannel}'));
            create or replace function {schema}.va_notify_events() returns trigger language plpgsql as
              $$ begin perform pg_notify('{NotifyChannel}', ''); return null; end $$;
            create or replace trigger va_notify_events after insert on {schema}.mt_events
              for each statement execute function {schema}.va_notify_events();
            """, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
