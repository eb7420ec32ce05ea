using System.Globalization;
using FluentValidation;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Profiles;

/// A profile's fields as a request carries them: the JSON shape of seeds/profiles and of the engine.
/// On create, absent optional fields take their defaults; on update, absent fields stay as they are.
public record ProfileInput : ProfileAttributes
{
    /// <summary>Consultant priorities, 0..5 per criterion id; they replace the weight derived for the criteria they name. On update, {} clears them.</summary>
    public Dictionary<string, double>? Priorities { get; init; }

    /// <summary>Vendors the client will not use, and the least score it accepts per criterion. On update, {} clears them.</summary>
    public ProfileConstraints? Constraints { get; init; }

    /// <summary>Optional facts of the client's regulatory position, read by GET /v1/profiles/{id}/readiness; each fact left out stays unknown (on update: stays as it was).</summary>
    public Domain.Regulation.RegulatoryFacts? Regulatory { get; init; }

    /// The client as a new profile: required fields are validated to be present before this is called.
    public ClientProfile ToClient() => AttributesOnly().ApplyTo(new ClientProfile
    {
        Name = "",
        Sector = default,
        Origin = default,
    }) with
    {
        Priorities = Priorities is { Count: > 0 } ? Priorities : null,
        Constraints = NoConstraints(Constraints) ? null : Constraints,
        Regulatory = Regulatory is null || Regulatory.IsEmpty ? null : Regulatory,
    };

    public static bool NoConstraints(ProfileConstraints? constraints) =>
        constraints is null || (constraints.ExcludedVendors.Count == 0 && constraints.MinimumScores.Count == 0);

    public static readonly ProfileInput Example = new()
    {
        Name = "Shanghai mobile-game studio",
        Description = "Real-time multiplayer games for players in mainland China, paid for in-app.",
        Sector = Domain.Profiles.Sector.Gaming,
        Origin = Domain.Profiles.Origin.Domestic,
        Regions = [Region.MainlandChina],
        ExistingClouds = [],
        DataCategories = [DataCategory.PersonalInformation],
        CrossBorderTransfer = false,
        LatencySensitivity = Sensitivity.Critical,
        PriceSensitivity = Sensitivity.High,
        ConsumerPaymentsInChina = true,
        Priorities = new Dictionary<string, double> { ["latency"] = 5 },
        Constraints = new ProfileConstraints { ExcludedVendors = ["aws-china"] },
        Regulatory = new Domain.Regulation.RegulatoryFacts
        {
            PersonalInformationSubjectsPerYear = 0,
            SensitivePersonalInformationSubjectsPerYear = 0,
            CriticalInformationInfrastructureOperator = false,
            ImportantData = false,
            CoreData = false,
            PublicWebsiteInMainland = true,
            CommercialInternetService = true,
            MlpsLevel = 2,
        },
    };
}

/// The domain's profile rules (ProfileValidation) for create and update, each on the field FluentValidation names;
/// the limits and the words are the domain's.
public sealed class ProfileInputRules : AbstractValidator<ProfileInput>
{
    public ProfileInputRules()
    {
        RuleFor(x => x.Name).MaximumLength(ProfileValidation.MaxNameLength).Must(name => name is null || name.Trim().Length > 0)
            .WithMessage("'name' must not be blank.");
        RuleFor(x => x.Description).MaximumLength(ProfileValidation.MaxDescriptionLength);
        RuleFor(x => x.Regions).Must(BeSmallAndDistinct).WithMessage(ListMessage);
        RuleFor(x => x.ExistingClouds).Must(BeSmallAndDistinct).WithMessage(ListMessage);
        RuleFor(x => x.DataCategories).Must(BeSmallAndDistinct).WithMessage(ListMessage);
        RuleForEach(x => x.Priorities).ChildRules(priority =>
        {
            priority.RuleFor(p => p.Key).Must(key => CriterionProblem(key) is null).WithMessage(p => CriterionProblem(p.Key));
            priority.RuleFor(p => p.Value).Must((p, value) => ProfileValidation.PriorityProblem(p.Key, value) is null)
                .WithMessage(p => ProfileValidation.PriorityProblem(p.Key, p.Value));
        }).OverridePropertyName("priorities");
        When(x => x.Constraints is not null, () =>
        {
            RuleForEach(x => x.Constraints!.ExcludedVendors).Must(vendor => VendorProblem(vendor) is null)
                .WithMessage((_, vendor) => VendorProblem(vendor))
                .OverridePropertyName("constraints.excludedVendors");
            RuleForEach(x => x.Constraints!.MinimumScores).ChildRules(minimum =>
            {
                minimum.RuleFor(m => m.Key).Must(key => CriterionProblem(key) is null).WithMessage(m => CriterionProblem(m.Key));
                minimum.RuleFor(m => m.Value).Must((m, value) => ProfileValidation.MinimumScoreProblem(m.Key, value) is null)
                    .WithMessage(m => ProfileValidation.MinimumScoreProblem(m.Key, m.Value));
            }).OverridePropertyName("constraints.minimumScores");
        });
    }

    private static string ListMessage => $"at most {ProfileValidation.MaxListItems} values, each once.";

    private static string? CriterionProblem(string criterion) => ProfileValidation.CriterionProblem(criterion, KnownIds.Criteria);

    private static string? VendorProblem(string vendor) => ProfileValidation.VendorProblem(vendor, KnownIds.Vendors);

    private static bool BeSmallAndDistinct<T>(IReadOnlyList<T>? values) =>
        values is null || (values.Count <= ProfileValidation.MaxListItems && values.Distinct().Count() == values.Count);
}

public sealed record ProfileResponse
{
    public Guid Id { get; init; }

    /// <summary>The version of the last change to the client's data. Issuing recommendations does not move it; they move the ETag (the stream's version), which still passes If-Match while the client's data is unchanged.</summary>
    public long Version { get; init; }

    public bool Archived { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Recommendations { get; init; }
    public Guid? LatestRecommendationId { get; init; }
    public required ClientProfile Profile { get; init; }

    public static ProfileResponse From(Profile profile) => new()
    {
        Id = profile.Id,
        Version = profile.ProfileVersion,
        Archived = profile.IsArchived,
        CreatedAt = profile.CreatedAt,
        UpdatedAt = profile.UpdatedAt,
        Recommendations = profile.Recommendations,
        LatestRecommendationId = profile.LatestRecommendationId,
        Profile = profile.Client,
    };

    public static readonly ProfileResponse Example = new()
    {
        Id = Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"),
        Version = 3,
        CreatedAt = DateTimeOffset.Parse("2026-11-23T09:00:00Z", CultureInfo.InvariantCulture),
        UpdatedAt = DateTimeOffset.Parse("2026-11-23T09:05:00Z", CultureInfo.InvariantCulture),
        Profile = ProfileInput.Example.ToClient(),
    };
}
