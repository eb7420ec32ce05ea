using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.OpenApi;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record GetProfileRequest
{
    public Guid ProfileId { get; init; }

    /// <summary>Time travel: the profile as it was at this stream version.</summary>
    [QueryParam]
    public long? Version { get; init; }

    /// <summary>Time travel: the profile as it was at this moment (ISO 8601).</summary>
    [QueryParam]
    public DateTimeOffset? AsOf { get; init; }
}

public sealed class GetProfileValidator : Validator<GetProfileRequest>
{
    public GetProfileValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0);
        RuleFor(x => x).Must(x => x.Version is null || x.AsOf is null)
            .WithName("asOf").WithMessage("Give 'version' or 'asOf', not both.");
    }
}

public sealed class GetProfile(IQuerySession session) : Endpoint<GetProfileRequest, ProfileResponse>
{
    public override void Configure()
    {
        Get("/v1/profiles/{profileId}");
        Roles(Role.Readers);
        Options(route => route.WithMetadata(new DocumentedHeader(200, "ETag", ProfileETag.Description)));
        Summary(s =>
        {
            s.Summary = "Reads a client profile, now or as it was at a version or a moment.";
            s.Description = "The ETag header holds the version: send it in If-None-Match to get 304 while nothing changed, or in If-Match when updating.";
            s.Responses[200] = "The profile.";
            s.ResponseExamples[200] = ProfileResponse.Example;
        });
    }

    public override async Task HandleAsync(GetProfileRequest req, CancellationToken ct)
    {
        var profile = req.Version is null && req.AsOf is null
            ? await session.LoadAsync<Profile>(req.ProfileId, ct)
            : await session.Events.AggregateStreamAsync<Profile>(req.ProfileId, req.Version ?? 0, req.AsOf, token: ct);
        if (profile is null)
        {
            await Send.ResultAsync(ProfileProblems.For(new ProfileRefusal.NotFound(req.ProfileId, AtVersionOrMoment: req.Version is not null || req.AsOf is not null)));
            return;
        }
        ProfileETag.Set(HttpContext.Response, profile);
        await Send.OkAsync(ProfileResponse.From(profile), ct);
    }
}
