using System.Text;

namespace VendorAdvisor.Api.Tests.Audit;

/// One Server-Sent Event (comments have Comment set and nothing else).
public sealed record ServerSentEvent(string? Id, string? Event, string Data, string? Comment = null);

/// Reads a text/event-stream response one event at a time, as EventSource would. A wait that times out leaves the
/// pending read in place for the next call (cancelling a read would abort the response).
public sealed class SseReader(HttpResponseMessage response) : IAsyncDisposable
{
    private StreamReader? reader;
    private Task<string?>? pending;
    private string? id, name, comment;
    private readonly StringBuilder data = new();

    public async Task<ServerSentEvent?> NextAsync(TimeSpan timeout, bool comments = false)
    {
        reader ??= new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var deadline = Task.Delay(timeout);
        while (true)
        {
            pending ??= reader.ReadLineAsync();
            if (await Task.WhenAny(pending, deadline) == deadline) return null;
            var line = await pending;
            pending = null;
            if (line is null) return null;
            if (line.Length == 0)
            {
                var complete = comment is not null && comments ? new ServerSentEvent(null, null, "", comment)
                    : data.Length > 0 || name is not null ? new ServerSentEvent(id, name, data.ToString()) : null;
                (id, name, comment) = (null, null, null);
                data.Clear();
                if (complete is not null) return complete;
                continue;
            }
            if (line.StartsWith(':')) comment = line[1..].Trim();
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
        }
    }

    public ValueTask DisposeAsync()
    {
        response.Dispose();
        reader?.Dispose();
        return ValueTask.CompletedTask;
    }
}
