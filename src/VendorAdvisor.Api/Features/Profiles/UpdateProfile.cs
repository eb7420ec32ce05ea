using FastEndpoints;
using FluentValidation;
using JasperFx;
using JasperFx.Events;
using Marten;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
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
        if (string.IsNullOrWhiteSpace(req.IfMatch))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status428PreconditionRequired,
                "Send the profile's ETag in If-Match, so that you cannot overwrite a change you have not seen."));
            return;
        }
        var stream = await session.Events.FetchForWriting<Profile>(req.ProfileId, ct);
        if (stream.Aggregate is not { } profile)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no profile '{req.ProfileId}'."));
            return;
        }
        if (!ProfileETag.Matches(req.IfMatch, profile.ProfileVersion))
        {
            await Send.ResultAsync(Stale(profile));
            return;
        }
        if (profile.IsArchived)
        {
            await Send.ResultAsync(Problems.Conflict("The profile is archived; it can be read but not changed."));
            return;
        }

        var attributes = ProfileAttributes.Changed(profile.Client, req.AttributesOnly());
        if (!attributes.IsEmpty) stream.AppendOne(new ProfileAttributesChanged(attributes));
        if (req.Priorities is { } priorities && !SameEntries(priorities, profile.Client.Priorities))
        {
            stream.AppendOne(new PrioritiesSet(priorities.Count == 0 ? null : priorities));
        }
        if (req.Constraints is { } constraints && !SameConstraints(constraints, profile.Client.Constraints))
        {
            stream.AppendOne(new ConstraintsSet(ProfileInput.NoConstraints(constraints) ? null : constraints));
        }
        if (req.Regulatory is { } facts && Domain.Regulation.RegulatoryFacts.Changed(profile.Client.Regulatory, facts) is { IsEmpty: false } factChanges)
        {
            stream.AppendOne(new RegulatoryFactsChanged(factChanges));
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception exception) when (exception is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            // Another writer won. The aggregate in hand already carries this request's own rejected events,
            // so the version to report is read back from the store.
            await using var fresh = session.DocumentStore.QuerySession(session.TenantId);
            await Send.ResultAsync(Stale((await fresh.LoadAsync<Profile>(req.ProfileId, ct))!));
            return;
        }

        var updated = (await session.LoadAsync<Profile>(req.ProfileId, ct))!;
        ProfileETag.Set(HttpContext.Response, updated.ProfileVersion);
        await Send.OkAsync(ProfileResponse.From(updated), ct);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Stale(Profile profile) =>
        Problems.Result(StatusCodes.Status412PreconditionFailed,
            $"The profile has changed since that ETag was read (it is now at {ProfileETag.Format(profile.ProfileVersion)}); read it again.");

    private static bool SameEntries(IReadOnlyDictionary<string, double> proposed, IReadOnlyDictionary<string, double>? current) =>
        proposed.Count == (current?.Count ?? 0) && proposed.All(pair => current!.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static bool SameConstraints(Domain.Profiles.ProfileConstraints proposed, Domain.Profiles.ProfileConstraints? current) =>
        ProfileInput.NoConstraints(proposed) ? ProfileInput.NoConstraints(current)
        : current is not null && proposed.ExcludedVendors.Order().SequenceEqual(current.ExcludedVendors.Order())
          && SameEntries(proposed.MinimumScores, current.MinimumScores);
}
