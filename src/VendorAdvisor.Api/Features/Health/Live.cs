using FastEndpoints;

namespace VendorAdvisor.Api.Features.Health;

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
