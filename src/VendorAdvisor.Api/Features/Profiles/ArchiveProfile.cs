using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Infrastructure;

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
        var decision = ProfileDecisions.Decide(stream.Aggregate, new ProfileCommand.Archive(req.ProfileId, req.IfMatch));
        if (decision.Refusal is { } refusal)
        {
            await Send.ResultAsync(ProfileProblems.For(refusal));
            return;
        }

        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
        }
        await Send.NoContentAsync(ct);
    }
}
