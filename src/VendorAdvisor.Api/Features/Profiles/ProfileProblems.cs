using Microsoft.AspNetCore.Http.HttpResults;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Features.Profiles;

/// The one place a profile refusal becomes problem details: every endpoint that refuses for the same reason answers
/// the same status and words (the title and type follow the status, in Problems).
public static class ProfileProblems
{
    public static ProblemHttpResult For(ProfileRefusal refusal) => refusal switch
    {
        ProfileRefusal.NotFound notFound => Problems.NotFound($"There is no profile '{notFound.ProfileId}'" +
            (notFound.AtVersionOrMoment ? " at that version or moment." : ".")),
        ProfileRefusal.Archived { Refused: ArchivedRefuses.Change } => Problems.Conflict("The profile is archived; it can be read but not changed."),
        ProfileRefusal.Archived { Refused: ArchivedRefuses.Recommendation } => Problems.Conflict("The profile is archived: it takes no new recommendations."),
        ProfileRefusal.Archived { Refused: ArchivedRefuses.Judgement } => Problems.Conflict("The profile is archived: it takes no new judgements."),
        ProfileRefusal.Stale stale => Problems.Result(StatusCodes.Status412PreconditionFailed,
            $"The profile has changed since that ETag was read (it is now at {ProfileETag.Format(stale.CurrentVersion)}); read it again."),
        ProfileRefusal.PreconditionRequired => Problems.Result(StatusCodes.Status428PreconditionRequired,
            "Send the profile's ETag in If-Match, so that you cannot overwrite a change you have not seen."),
        ProfileRefusal.NoTeamJudgments => Problems.Conflict(
            "Nobody has judged this profile yet: POST /v1/profiles/{id}/judgments before asking for the team's weights."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "A refusal without an answer."),
    };

    /// The answer for a profile that is not there.
    public static ProblemHttpResult NotFound(Guid profileId) => For(new ProfileRefusal.NotFound(profileId));
}
