namespace VendorAdvisor.Domain.Regulation;

/// <summary>
/// What the consultant knows of the client's regulatory position. Every field is optional: null means unknown, it stays
/// unknown and the readiness answer says which decision it leaves open. Never read null as false or zero.
/// </summary>
public sealed record RegulatoryFacts
{
    /// <summary>Individuals whose personal information other than sensitive personal information leaves mainland China,
    /// counted cumulatively since 1 January of the current year (the way the 2024 Provisions count).</summary>
    public long? PersonalInformationSubjectsPerYear { get; init; }

    /// <summary>Individuals whose sensitive personal information leaves mainland China, counted separately, same period.</summary>
    public long? SensitivePersonalInformationSubjectsPerYear { get; init; }

    /// <summary>Whether the client's sector authority has identified it as a critical information infrastructure operator.</summary>
    public bool? CriticalInformationInfrastructureOperator { get; init; }

    /// <summary>Whether the client handles data an authority has notified or published as important data.</summary>
    public bool? ImportantData { get; init; }

    /// <summary>Whether the client handles national core data.</summary>
    public bool? CoreData { get; init; }

    /// <summary>Whether the client serves a website or app to the public from mainland China.</summary>
    public bool? PublicWebsiteInMainland { get; init; }

    /// <summary>Whether that service is commercial (charges for information or web services) rather than free.</summary>
    public bool? CommercialInternetService { get; init; }

    /// <summary>The MLPS level (1-5) the client expects its system to be graded at.</summary>
    public int? MlpsLevel { get; init; }

    /// <summary>Exemptions (ids from the regulation catalogue) the consultant asserts cover all of the client's transfers of
    /// personal information abroad; absent or empty means none is claimed.</summary>
    public IReadOnlyList<string>? TransferExemptions { get; init; }

    /// <summary>True when no fact is given (every field unknown).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => this with { TransferExemptions = null } == new RegulatoryFacts() && TransferExemptions is null;

    /// <summary>PATCH semantics: the fields <paramref name="changes"/> sets replace those of <paramref name="current"/>;
    /// the fields it leaves out stay as they are.</summary>
    public static RegulatoryFacts Merge(RegulatoryFacts? current, RegulatoryFacts changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        current ??= new RegulatoryFacts();
        return new RegulatoryFacts
        {
            PersonalInformationSubjectsPerYear = changes.PersonalInformationSubjectsPerYear ?? current.PersonalInformationSubjectsPerYear,
            SensitivePersonalInformationSubjectsPerYear = changes.SensitivePersonalInformationSubjectsPerYear ?? current.SensitivePersonalInformationSubjectsPerYear,
            CriticalInformationInfrastructureOperator = changes.CriticalInformationInfrastructureOperator ?? current.CriticalInformationInfrastructureOperator,
            ImportantData = changes.ImportantData ?? current.ImportantData,
            CoreData = changes.CoreData ?? current.CoreData,
            PublicWebsiteInMainland = changes.PublicWebsiteInMainland ?? current.PublicWebsiteInMainland,
            CommercialInternetService = changes.CommercialInternetService ?? current.CommercialInternetService,
            MlpsLevel = changes.MlpsLevel ?? current.MlpsLevel,
            TransferExemptions = changes.TransferExemptions ?? current.TransferExemptions,
        };
    }

    /// <summary>Only the fields of <paramref name="proposed"/> that differ from <paramref name="current"/>: what an event
    /// records. Empty when nothing changes.</summary>
    public static RegulatoryFacts Changed(RegulatoryFacts? current, RegulatoryFacts proposed)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        current ??= new RegulatoryFacts();
        static T? Differs<T>(T? now, T? next) where T : struct => next is { } value && !Equals(now, value) ? value : null;
        return new RegulatoryFacts
        {
            PersonalInformationSubjectsPerYear = Differs(current.PersonalInformationSubjectsPerYear, proposed.PersonalInformationSubjectsPerYear),
            SensitivePersonalInformationSubjectsPerYear = Differs(current.SensitivePersonalInformationSubjectsPerYear, proposed.SensitivePersonalInformationSubjectsPerYear),
            CriticalInformationInfrastructureOperator = Differs(current.CriticalInformationInfrastructureOperator, proposed.CriticalInformationInfrastructureOperator),
            ImportantData = Differs(current.ImportantData, proposed.ImportantData),
            CoreData = Differs(current.CoreData, proposed.CoreData),
            PublicWebsiteInMainland = Differs(current.PublicWebsiteInMainland, proposed.PublicWebsiteInMainland),
            CommercialInternetService = Differs(current.CommercialInternetService, proposed.CommercialInternetService),
            MlpsLevel = Differs(current.MlpsLevel, proposed.MlpsLevel),
            TransferExemptions = proposed.TransferExemptions is { } list && !(current.TransferExemptions ?? []).SequenceEqual(list, StringComparer.Ordinal)
                ? list
                : null,
        };
    }

    public const int MinMlpsLevel = 1;
    public const int MaxMlpsLevel = 5;

    /// <summary>The largest count accepted: far beyond any real population, small enough to stay exact everywhere.</summary>
    public const long MaxSubjects = 10_000_000_000;

    /// <summary>Shape problems with field paths under <paramref name="prefix"/>; exemption ids are checked against the catalogue.</summary>
    public IReadOnlyList<(string Field, string Problem)> Validate(RegulationCatalog catalog, string prefix = "regulatory")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<(string, string)>();
        Count(PersonalInformationSubjectsPerYear, $"{prefix}.personalInformationSubjectsPerYear", problems);
        Count(SensitivePersonalInformationSubjectsPerYear, $"{prefix}.sensitivePersonalInformationSubjectsPerYear", problems);
        if (MlpsLevel is < MinMlpsLevel or > MaxMlpsLevel)
        {
            problems.Add(($"{prefix}.mlpsLevel", $"must be between {MinMlpsLevel} and {MaxMlpsLevel}"));
        }

        var claimed = TransferExemptions ?? [];
        for (var i = 0; i < claimed.Count; i++)
        {
            if (catalog.Exemptions.All(e => e.Id != claimed[i]))
            {
                problems.Add(($"{prefix}.transferExemptions[{i}]",
                    $"'{claimed[i]}' is not an exemption of the regulation catalogue; known: {string.Join(", ", catalog.Exemptions.Select(e => e.Id))}"));
            }
        }

        if (claimed.Distinct(StringComparer.Ordinal).Count() != claimed.Count)
        {
            problems.Add(($"{prefix}.transferExemptions", "lists an exemption more than once"));
        }

        return problems;
    }

    private static void Count(long? value, string field, List<(string, string)> problems)
    {
        if (value is < 0 or > MaxSubjects)
        {
            problems.Add((field, "must be between 0 and 10,000,000,000"));
        }
    }
}
