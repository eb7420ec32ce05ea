using System.Threading.Channels;

namespace VendorAdvisor.Api.Features.Audit;

/// One open stream's interest in the horizon: a latch, not a queue, so a slow stream costs no memory here.
public sealed class AuditHorizonSubscription(AuditHorizon horizon) : IDisposable
{
    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    internal void Signal() => signal.Writer.TryWrite(true);

    /// True when the horizon moved, false when <paramref name="timeout"/> passed first.
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await signal.Reader.ReadAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => horizon.Unsubscribe(this);
}
