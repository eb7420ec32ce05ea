using System.Diagnostics;
using FastEndpoints;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Health;

public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);

public sealed class Live : EndpointWithoutRequest<HealthResponse>
{
    public override void Configure()
    {
        Get("/health/live");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Answers 200 while the process serves requests; checks nothing else.";
            s.Responses[200] = "The process is alive.";
            s.ResponseExamples[200] = new HealthResponse("live", new Dictionary<string, string>());
        });
    }

    public override Task HandleAsync(CancellationToken ct) =>
        Send.OkAsync(new HealthResponse("live", new Dictionary<string, string>()), ct);
}

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
