using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Audit;

public sealed record ReadProfileEventsRequest
{
    public Guid ProfileId { get; init; }

    /// <summary>The `next` cursor of the previous page: events after it. Empty: from the first.</summary>
    [QueryParam]
    public string? After { get; init; }

    /// <summary>Events per page, 1 to 1000 (default 100).</summary>
    [QueryParam]
    public int Limit { get; init; } = 100;
}

public sealed class ReadProfileEventsValidator : Validator<ReadProfileEventsRequest>
{
    public ReadProfileEventsValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, ReadAuditFeed.MaxLimit);
        RuleFor(x => x.After).MaximumLength(100);
    }
}

public sealed class ReadProfileEvents(IQuerySession session, AuditLog log) : Endpoint<ReadProfileEventsRequest, AuditEventPage>
{
    public override void Configure()
    {
        Get("/v1/profiles/{profileId}/events");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Reads a profile's history as stored: every event with its sequence, version, type, time, actor, correlation id and data.";
            s.Description = "Recommendations are events of the profile too (recommendation_issued). Follow `next` until it is null.";
            s.Responses[200] = "One page of the profile's events, oldest first.";
            s.ResponseExamples[200] = AuditEventPage.Example;
        });
    }

    public override async Task HandleAsync(ReadProfileEventsRequest req, CancellationToken ct)
    {
        if (await session.LoadAsync<Profile>(req.ProfileId, ct) is null)
        {
            await Send.ResultAsync(ProfileProblems.NotFound(req.ProfileId));
            return;
        }
        if (!log.TryStartAfter(session, req.After, out var after))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status400BadRequest, AuditLog.NotACursor));
            return;
        }
        await Send.OkAsync(await log.PageAsync(session, new AuditQuery(after, req.Limit, null, null, req.ProfileId, null, null), ct), ct);
    }
}
