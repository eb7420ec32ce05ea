using System.Diagnostics;
using FastEndpoints;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Hosting;

namespace VendorAdvisor.Api.Features.Health;

public sealed class Ready(NpgsqlDataSource database, NodeState node) : EndpointWithoutRequest<HealthResponse>
{
    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Answers 200 when the registry database answers within 3 seconds and the node is not stopping, 503 otherwise.";
            s.Description = "The registry database holds tenants and API keys, so no request can be served without it. A database " +
                "holding only some tenants' data does not make the node unready: only those tenants get 503.";
            s.Responses[200] = "Ready to serve.";
            s.ResponseExamples[200] = new HealthResponse("ready", new Dictionary<string, string> { ["postgres"] = "ok in 2 ms" });
            s.Responses[503] = "The registry database does not answer, or the node is stopping (draining).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (node.Draining)
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status503ServiceUnavailable, "This node is stopping; it finishes the requests it has."));
            return;
        }
        var watch = Stopwatch.StartNew();
        try
        {
            await using var command = database.CreateCommand("select 1");
            command.CommandTimeout = 3;
            await command.ExecuteScalarAsync(ct);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status503ServiceUnavailable, "PostgreSQL does not answer."));
            return;
        }
        await Send.OkAsync(new HealthResponse("ready",
            new Dictionary<string, string> { ["postgres"] = $"ok in {watch.ElapsedMilliseconds} ms" }), ct);
    }
}
