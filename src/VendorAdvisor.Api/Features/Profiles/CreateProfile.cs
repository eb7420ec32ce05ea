using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Idempotency;
using VendorAdvisor.Api.Infrastructure.OpenApi;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record CreateProfileRequest : ProfileInput
{
    /// <summary>Makes a retry safe: the same key with the same body returns the first answer and creates nothing.</summary>
    [FromHeader(IdempotencyKeys.HeaderName, isRequired: false)]
    public string? IdempotencyKey { get; init; }
}

public sealed class CreateProfileValidator : Validator<CreateProfileRequest>
{
    public CreateProfileValidator()
    {
        Include(new ProfileInputRules());
        RuleFor(x => x.Regulatory).Custom((facts, context) => RegulatoryRules.Check(facts, Resolve<SeedRegulations>().Catalog, context));
        RuleFor(x => x.Name).NotEmpty();
        RuleFor(x => x.Sector).NotNull().WithMessage("'sector' is required.");
        RuleFor(x => x.Origin).NotNull().WithMessage("'origin' is required.");
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotencyKeys.MaxLength);
    }
}

public sealed class CreateProfile(IDocumentSession session, IdempotencyKeys idempotency) : Endpoint<CreateProfileRequest, ProfileResponse>
{
    public override void Configure()
    {
        Post("/v1/profiles");
        Roles(Role.Writers);
        Options(route => route.WithMetadata(new DocumentedHeader(201, "ETag", ProfileETag.Description)));
        Summary(s =>
        {
            s.Summary = "Creates a client profile.";
            s.Description = "The body describes the client, not the answer. `name`, `sector` and `origin` are required. " +
                            "Answers the profile with its version in the ETag header. Supports Idempotency-Key (kept 24 hours).";
            s.ExampleRequest = ProfileInput.Example;
            s.Responses[201] = "The profile was created.";
            s.ResponseExamples[201] = ProfileResponse.Example with { Version = 1 };
            s.Responses[409] = "Another request with this Idempotency-Key was processed at the same moment and did not complete; retry.";
            s.Responses[422] = "This Idempotency-Key was used with a different body.";
        });
    }

    public override async Task HandleAsync(CreateProfileRequest req, CancellationToken ct)
    {
        var guard = await idempotency.BeginAsync(session, HttpContext, req.IdempotencyKey, req with { IdempotencyKey = null }, ct);
        if (guard.Replay is { } replay)
        {
            await Send.ResultAsync(replay);
            return;
        }

        var id = Guid.CreateVersion7();
        var decision = ProfileDecisions.Decide(null, new ProfileCommand.Create(id, req.ToClient()));
        session.Events.StartStream<Profile>(id, decision.Events);
        // The key's answer commits with the profile: the profile as the inline projection is about to store it.
        guard.AnswerOnSave(StatusCodes.Status201Created, $"/v1/profiles/{id}", work =>
        {
            var stored = work.PendingChanges.AllChangedFor<Profile>().Single(pending => pending.Id == id);
            return (ProfileResponse.From(stored), ProfileETag.Format(stored.ProfileVersion));
        });
        if (await guard.SaveChangesAsync(session, ct) is { } earlier)
        {
            await Send.ResultAsync(earlier);
            return;
        }

        var profile = (await session.LoadAsync<Profile>(id, ct))!;
        HttpContext.Response.Headers.ETag = ProfileETag.Format(profile.ProfileVersion);
        await Send.CreatedAtAsync<GetProfile>(new { ProfileId = id }, ProfileResponse.From(profile), cancellation: ct);
    }
}
