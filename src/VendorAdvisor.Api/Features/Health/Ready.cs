using System.Diagnostics;
using FastEndpoints;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Health;

public sealed class Ready(NpgsqlDataSource database) : EndpointWithoutRequest<HealthResponse>
{
    public override void Configure()
    {
        Get("/health/ready");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Answers 200 when PostgreSQL answers within 3 seconds, 503 otherwise.";
            s.Responses[200] = "Ready to serve.";
            s.ResponseExamples[200] = new HealthResponse("ready", new Dictionary<string, string> { ["postgres"] = "ok in 2 ms" });
            s.Responses[503] = "PostgreSQL does not answer.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
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
