using System.Globalization;

namespace VendorAdvisor.Domain.Regulation;

/// <summary>
/// Decides which mechanism the client's transfers abroad need. Each fact is a trigger that either is known (and sets a
/// least route) or is unknown (and could raise it): the route is the highest known one, unless an unknown fact could
/// raise it further, in which case the route is unknown and "at least" says what is already certain.
/// </summary>
public static class CrossBorderRoute
{
    // Route levels in order of demand; NotPermitted is the plan including core data.
    private const int None = 0, Contract = 1, Assessment = 2, NotPermitted = 3;

    public sealed record Result(TransferAssessment Transfer, bool? PersonalInformationLeaves, IReadOnlyList<UnknownFact> Unknowns, IReadOnlyList<string> ExemptionsApplied);

    public static Result Decide(bool crossBorderTransfer, RegulatoryFacts facts, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(catalog);
        var ordinary = facts.PersonalInformationSubjectsPerYear;
        var sensitive = facts.SensitivePersonalInformationSubjectsPerYear;
        // A count above zero is a transfer even when the profile's flag says otherwise: the counts are the finer fact.
        if (!crossBorderTransfer && ordinary is not > 0 && sensitive is not > 0)
        {
            return new Result(new TransferAssessment(TransferRoute.NotApplicable, TransferRoute.NotApplicable, ["no transfer of data abroad is planned"]), false, [], []);
        }

        var t = catalog.Thresholds;
        var known = None;
        var reasons = new List<string>();
        var unknowns = new List<(UnknownFact Fact, int Potential)>();

        void Known(int level, string reason)
        {
            known = Math.Max(known, level);
            reasons.Add(reason);
        }

        void Unknown(string fact, int potential, string decides) => unknowns.Add((new UnknownFact(fact, decides), potential));

        switch (facts.CoreData)
        {
            case true: Known(NotPermitted, "the client handles core data and plans a transfer abroad"); break;
            case null: Unknown("coreData", NotPermitted, "whether the plan may send data abroad at all (core data may not leave)"); break;
        }

        switch (facts.ImportantData)
        {
            case true: Known(Assessment, "important data leaves mainland China: security assessment whatever the volume"); break;
            case null: Unknown("importantData", Assessment, "whether important data forces the security assessment"); break;
        }

        bool? personal = ordinary > 0 || sensitive > 0 ? true : ordinary == 0 && sensitive == 0 ? false : null;
        var exempt = (facts.TransferExemptions ?? [])
            .Select(id => catalog.Exemptions.FirstOrDefault(e => e.Id == id))
            .Where(e => e is { CoversPersonalInformation: true })
            .Select(e => e!.Id)
            .ToArray();
        if (exempt.Length > 0)
        {
            reasons.Add("personal information leaves under the exemption(s) " + string.Join(", ", exempt) + ", so its volume and the operator's status do not count");
        }
        else
        {
            PersonalTriggers(facts, personal, t, Known, Unknown);
        }

        var potential = unknowns.Count == 0 ? None : unknowns.Max(u => u.Potential);
        var open = unknowns.Where(u => u.Potential > known).Select(u => u.Fact).ToArray();
        if (known == None && reasons.Count == 0)
        {
            reasons.Add(exempt.Length > 0 ? "exempt by purpose" : "below every threshold");
        }

        var atLeast = Route(known);
        var route = potential > known ? TransferRoute.Unknown : atLeast;
        return new Result(new TransferAssessment(route, atLeast, reasons), personal, open, exempt);
    }

    private static void PersonalTriggers(RegulatoryFacts facts, bool? personal, TransferThresholds t, Action<int, string> known, Action<string, int, string> unknown)
    {
        var ordinary = facts.PersonalInformationSubjectsPerYear;
        var sensitive = facts.SensitivePersonalInformationSubjectsPerYear;
        switch (facts.CriticalInformationInfrastructureOperator, personal)
        {
            case (true, true): known(Assessment, "a critical information infrastructure operator sends personal information abroad"); break;
            case (true, null): unknown("personalInformationSubjectsPerYear", Assessment, "whether this critical information infrastructure operator sends personal information abroad (then: security assessment)"); break;
            case (null, not false): unknown("criticalInformationInfrastructureOperator", Assessment, "whether any personal information sent abroad goes to the security assessment"); break;
        }

        switch (ordinary)
        {
            case null:
                unknown("personalInformationSubjectsPerYear", Assessment, "the route by volume of ordinary personal information");
                break;
            case var n when n >= t.SecurityAssessmentOrdinarySubjects:
                known(Assessment, Invariant($"{n:N0} individuals' ordinary personal information since 1 January: {t.SecurityAssessmentOrdinarySubjects:N0} or more goes to the security assessment"));
                break;
            case var n when n >= t.StandardContractOrdinarySubjects:
                known(Contract, Invariant($"{n:N0} individuals' ordinary personal information since 1 January: {t.StandardContractOrdinarySubjects:N0} to {t.SecurityAssessmentOrdinarySubjects - 1:N0} needs the standard contract or certification"));
                break;
            case var n when n > 0:
                known(None, Invariant($"{n:N0} individuals' ordinary personal information since 1 January: fewer than {t.StandardContractOrdinarySubjects:N0} needs no mechanism (if not an operator of critical information infrastructure)"));
                break;
        }

        switch (sensitive)
        {
            case null:
                unknown("sensitivePersonalInformationSubjectsPerYear", Assessment, "the route by volume of sensitive personal information");
                break;
            case var n when n >= t.SecurityAssessmentSensitiveSubjects:
                known(Assessment, Invariant($"{n:N0} individuals' sensitive personal information since 1 January: {t.SecurityAssessmentSensitiveSubjects:N0} or more goes to the security assessment"));
                break;
            case var n when n > 0:
                known(Contract, Invariant($"{n:N0} individuals' sensitive personal information since 1 January: any below {t.SecurityAssessmentSensitiveSubjects:N0} needs the standard contract or certification"));
                break;
        }
    }

    private static TransferRoute Route(int level) => level switch
    {
        NotPermitted => TransferRoute.NotPermitted,
        Assessment => TransferRoute.SecurityAssessment,
        Contract => TransferRoute.StandardContractOrCertification,
        _ => TransferRoute.NoMechanism,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
