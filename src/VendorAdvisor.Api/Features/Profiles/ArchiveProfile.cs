using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record ArchiveProfileRequest
{
    public Guid ProfileId { get; init; }

    /// <summary>Optional: archive only if the profile is still at this ETag.</summary>
    [FromHeader("If-Match", isRequired: false)]
    public string? IfMatch { get; init; }
}

public sealed class ArchiveProfile(IDocumentSession session) : Endpoint<ArchiveProfileRequest>
{
    public override void Configure()
    {
        Delete("/v1/profiles/{profileId}");
        Roles(Role.Writers);
        Summary(s =>
        {
            s.Summary = "Archives a profile: it stays readable with its history, leaves the default list and takes no new recommendations.";
            s.Description = "Nothing is deleted: archiving is an event. Archiving an archived profile changes nothing.";
            s.Responses[204] = "The profile is archived.";
            s.Responses[412] = "If-Match was given and the profile has changed since.";
        });
    }

    public override async Task HandleAsync(ArchiveProfileRequest req, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Profile>(req.ProfileId, ct);
        if (stream.Aggregate is not { } profile)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no profile '{req.ProfileId}'."));
            return;
        }
        if (req.IfMatch is { Length: > 0 } ifMatch && !ProfileETag.Matches(ifMatch, profile.ProfileVersion))
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status412PreconditionFailed, "The profile has changed since that ETag was read."));
            return;
        }
        if (!profile.IsArchived)
        {
            stream.AppendOne(new ProfileArchived(profile.Id));
            await session.SaveChangesAsync(ct);
        }
        await Send.NoContentAsync(ct);
    }
}
