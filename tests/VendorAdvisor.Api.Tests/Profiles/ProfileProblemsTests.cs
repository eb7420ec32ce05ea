using VendorAdvisor.Api.Features.Profiles;

namespace VendorAdvisor.Api.Tests.Profiles;

/// Each profile refusal has one answer, whichever endpoint refuses: the status, title and words clients see.
public sealed class ProfileProblemsTests
{
    private static readonly Guid Id = Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61");

    public static TheoryData<ProfileRefusal, int, string, string> Answers => new()
    {
        { new ProfileRefusal.NotFound(Id), 404, "The resource was not found.", $"There is no profile '{Id}'." },
        { new ProfileRefusal.NotFound(Id, AtVersionOrMoment: true), 404, "The resource was not found.", $"There is no profile '{Id}' at that version or moment." },
        { new ProfileRefusal.Archived(ArchivedRefuses.Change), 409, "The request conflicts with the current state.", "The profile is archived; it can be read but not changed." },
        { new ProfileRefusal.Archived(ArchivedRefuses.Recommendation), 409, "The request conflicts with the current state.", "The profile is archived: it takes no new recommendations." },
        { new ProfileRefusal.Archived(ArchivedRefuses.Judgement), 409, "The request conflicts with the current state.", "The profile is archived: it takes no new judgements." },
        { new ProfileRefusal.Stale(7), 412, "The resource has changed since it was read.", "The profile has changed since that ETag was read (it is now at \"7\"); read it again." },
        { new ProfileRefusal.PreconditionRequired(), 428, "A precondition header is required.", "Send the profile's ETag in If-Match, so that you cannot overwrite a change you have not seen." },
        { new ProfileRefusal.NoTeamJudgments(), 409, "The request conflicts with the current state.", "Nobody has judged this profile yet: POST /v1/profiles/{id}/judgments before asking for the team's weights." },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_refusal_has_its_one_answer(ProfileRefusal refusal, int status, string title, string detail)
    {
        var problem = ProfileProblems.For(refusal);

        problem.StatusCode.ShouldBe(status);
        problem.ProblemDetails.Title.ShouldBe(title);
        problem.ProblemDetails.Detail.ShouldBe(detail);
    }

    [Fact]
    public void Every_kind_of_refusal_is_answered()
    {
        var kinds = typeof(ProfileRefusal).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(ProfileRefusal))).ToList();
        var answered = Answers.Select(row => row[0].GetType()).Distinct().ToList();

        kinds.Count.ShouldBe(5);
        answered.ShouldBe(kinds, ignoreOrder: true);
        Enum.GetValues<ArchivedRefuses>().Length.ShouldBe(Answers.Count(row => row[0] is ProfileRefusal.Archived));
    }
}
