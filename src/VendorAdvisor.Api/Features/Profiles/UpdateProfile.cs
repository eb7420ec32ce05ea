using FastEndpoints;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Marten;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.OpenApi;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record UpdateProfileRequest : ProfileInput
{
    public Guid ProfileId { get; init; }

    /// <summary>The ETag of the version this change is based on. Required: a stale one gets 412.</summary>
    [FromHeader("If-Match", isRequired: false)]
    public string? IfMatch { get; init; }
}

public sealed class UpdateProfileValidator : Validator<UpdateProfileRequest>
{
    public UpdateProfileValidator()
    {
        Include(new ProfileInputRules());
        RuleFor(x => x.Regulatory).Custom((facts, context) => RegulatoryRules.Check(facts, Resolve<SeedRegulations>().Catalog, context));
    }
}

public sealed class UpdateProfile(IDocumentSession session) : Endpoint<UpdateProfileRequest, ProfileResponse>
{
    public override void Configure()
    {
        Patch("/v1/profiles/{profileId}");
        Roles(Role.Writers);
        Options(route => route.WithMetadata(new DocumentedHeader(200, "ETag", ProfileETag.Description)));
        Summary(s =>
        {
            s.Summary = "Changes some of a profile's fields; the fields left out stay as they are.";
            s.Description = "Send the ETag you read in If-Match. Records one event per kind of change (attributes, priorities, constraints), holding only what changed.";
            s.ExampleRequest = new ProfileInput { PriceSensitivity = Domain.Profiles.Sensitivity.Critical };
            s.Responses[200] = "The profile after the change, with its new ETag.";
            s.ResponseExamples[200] = ProfileResponse.Example;
            s.Responses[409] = "The profile is archived.";
            s.Responses[412] = "The profile changed since the ETag in If-Match was read.";
            s.Responses[428] = "If-Match is missing.";
        });
    }

    public override async Task HandleAsync(UpdateProfileRequest req, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Profile>(req.ProfileId, ct);
        var decision = ProfileDecisions.Decide(stream.Aggregate, new ProfileCommand.Change(
            req.ProfileId, req.IfMatch, req.AttributesOnly(), req.Priorities, req.Constraints, req.Regulatory));
        if (decision.Refusal is { } refusal)
        {
            await Send.ResultAsync(ProfileProblems.For(refusal));
            return;
        }

        stream.AppendMany(decision.Events);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception exception) when (exception is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            // Another writer won. The aggregate in hand already carries this request's own rejected events,
            // so the version to report is read back from the store.
            await using var fresh = session.DocumentStore.QuerySession(session.TenantId);
            var current = (await fresh.LoadAsync<Profile>(req.ProfileId, ct))!;
            await Send.ResultAsync(ProfileProblems.For(new ProfileRefusal.Stale(current.Version)));
            return;
        }

        var updated = (await session.LoadAsync<Profile>(req.ProfileId, ct))!;
        ProfileETag.Set(HttpContext.Response, updated);
        await Send.OkAsync(ProfileResponse.From(updated), ct);
    }
}
