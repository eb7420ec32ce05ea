namespace VendorAdvisor.Domain.Regulation;

/// <summary>
/// The pure readiness decision: a client's facts and a regulation catalogue in, per vendor a status with the obligations
/// behind it out. Client-wide obligations are listed once; vendor-specific facts per vendor. Deterministic, no I/O.
/// </summary>
public static class ReadinessEvaluator
{
    public static ReadinessReport Evaluate(bool crossBorderTransfer, RegulatoryFacts? facts, IReadOnlyList<string> vendorIds, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(vendorIds);
        ArgumentNullException.ThrowIfNull(catalog);
        facts ??= new RegulatoryFacts();
        var problems = facts.Validate(catalog);
        if (problems.Count > 0)
        {
            throw new DecisionInputException("The regulatory facts cannot be evaluated: " + string.Join("; ", problems.Select(p => $"{p.Field} {p.Problem}")) + ".");
        }

        var obligations = new List<Obligation>();
        var unknowns = new List<UnknownFact>();
        var topics = new HashSet<string>(StringComparer.Ordinal) { "operator" };

        var transfer = CrossBorderRoute.Decide(crossBorderTransfer, facts, catalog);
        unknowns.AddRange(transfer.Unknowns);
        TransferObligations(transfer, catalog, obligations, topics);
        DataObligations(facts, transfer.Transfer.Route, catalog, obligations, unknowns);
        MlpsObligations(facts, catalog, obligations, unknowns, topics);
        IcpObligations(facts, catalog, obligations, unknowns, topics);

        var distinctUnknowns = unknowns.DistinctBy(u => u.Fact).ToArray();
        var clientStatus = obligations.Select(o => o.Effect).Append(distinctUnknowns.Length > 0 ? ReadinessStatus.Unknown : ReadinessStatus.Ready).Max();
        var clientReasons = obligations.Where(o => o.Effect != ReadinessStatus.Ready)
            .Select(o => $"{Name(o.Effect)}: {o.What} ({o.RuleId})")
            .Concat(distinctUnknowns.Select(u => $"unknown: {u.Fact} decides {u.Decides}"))
            .ToArray();

        var vendors = vendorIds.Select(id => VendorStatus(id, clientStatus, clientReasons, topics, catalog)).ToArray();
        return new ReadinessReport(catalog.Version, catalog.Date, catalog.Disclaimer, transfer.Transfer, obligations, vendors, distinctUnknowns);
    }

    private static void TransferObligations(CrossBorderRoute.Result transfer, RegulationCatalog catalog, List<Obligation> obligations, HashSet<string> topics)
    {
        var t = transfer.Transfer;
        if (t.Route == TransferRoute.NotApplicable)
        {
            return;
        }

        topics.Add("cross-border");
        var why = string.Join("; ", t.Reasons);
        switch (t.AtLeast)
        {
            case TransferRoute.NotPermitted:
                obligations.Add(From(catalog, ReadinessRules.CoreDataNoTransfer, why));
                break;
            case TransferRoute.SecurityAssessment:
                obligations.Add(From(catalog, ReadinessRules.SecurityAssessment, why));
                break;
            case TransferRoute.StandardContractOrCertification:
                obligations.Add(From(catalog, ReadinessRules.StandardContract, why));
                break;
            case TransferRoute.NoMechanism when t.Route != TransferRoute.Unknown:
                obligations.Add(From(catalog, transfer.ExemptionsApplied.Count > 0 ? ReadinessRules.ExemptionClaimed : ReadinessRules.BelowThresholds, why));
                break;
        }

        if (transfer.PersonalInformationLeaves == true && t.AtLeast != TransferRoute.NotPermitted)
        {
            obligations.Add(From(catalog, ReadinessRules.NoticeAndConsent, "personal information of identified individuals leaves mainland China"));
        }
    }

    private static void DataObligations(RegulatoryFacts facts, TransferRoute route, RegulationCatalog catalog, List<Obligation> obligations, List<UnknownFact> unknowns)
    {
        switch (facts.CriticalInformationInfrastructureOperator)
        {
            case true:
                obligations.Add(From(catalog, ReadinessRules.CiioLocalisation, "the client is a critical information infrastructure operator"));
                break;
            case null:
                unknowns.Add(new UnknownFact("criticalInformationInfrastructureOperator", "whether personal information and important data must be stored in mainland China"));
                break;
        }

        if (facts.CoreData == true && route == TransferRoute.NotApplicable)
        {
            obligations.Add(From(catalog, ReadinessRules.CoreDataControls, "the client handles core data and plans no transfer abroad"));
        }
    }

    private static void MlpsObligations(RegulatoryFacts facts, RegulationCatalog catalog, List<Obligation> obligations, List<UnknownFact> unknowns, HashSet<string> topics)
    {
        switch (facts.MlpsLevel)
        {
            case null:
                unknowns.Add(new UnknownFact("mlpsLevel", "whether the system must be filed with the public security bureau and how often it is evaluated"));
                break;
            case 1:
                obligations.Add(From(catalog, ReadinessRules.MlpsLevel1, "the client expects MLPS level 1"));
                break;
            case var level:
                topics.Add("mlps");
                var recurrence = level switch
                {
                    2 => "evaluation cadence for level 2: not set by the cited Measures (unknown)",
                    3 => "evaluation by a licensed evaluator at least once a year",
                    4 => "evaluation by a licensed evaluator at least once every six months",
                    _ => "evaluation as special security requirements dictate",
                };
                obligations.Add(From(catalog, ReadinessRules.MlpsFiling, $"the client expects MLPS level {level}") with { Recurrence = recurrence });
                break;
        }
    }

    private static void IcpObligations(RegulatoryFacts facts, RegulationCatalog catalog, List<Obligation> obligations, List<UnknownFact> unknowns, HashSet<string> topics)
    {
        switch (facts.PublicWebsiteInMainland, facts.CommercialInternetService)
        {
            case (null, _):
                unknowns.Add(new UnknownFact("publicWebsiteInMainland", "whether an ICP filing or licence is needed"));
                break;
            case (true, true):
                topics.Add("icp");
                obligations.Add(From(catalog, ReadinessRules.IcpLicence, "a commercial internet information service is served from mainland China"));
                break;
            case (true, false):
                topics.Add("icp");
                obligations.Add(From(catalog, ReadinessRules.IcpFiling, "a non-commercial website or app is served from mainland China"));
                break;
            case (true, null):
                topics.Add("icp");
                obligations.Add(From(catalog, ReadinessRules.IcpFiling, "a website or app is served from mainland China: at least a filing"));
                unknowns.Add(new UnknownFact("commercialInternetService", "whether the ICP filing suffices or an ICP licence is needed"));
                break;
        }
    }

    private static VendorReadiness VendorStatus(string vendorId, ReadinessStatus clientStatus, string[] clientReasons, HashSet<string> topics, RegulationCatalog catalog)
    {
        var notes = catalog.VendorFacts
            .Where(f => f.VendorId == vendorId && topics.Contains(f.Topic))
            .Select(f => new VendorNote(f.Id, f.Topic, f.Support, f.Statement, f.Who, f.SourceIds))
            .ToArray();
        var blocks = notes.Where(n => n.Support == VendorSupport.Blocks).ToArray();
        var status = blocks.Length > 0 ? ReadinessStatus.Blocked : clientStatus;
        var reasons = blocks.Select(b => $"blocked by the vendor: {b.Statement} ({b.FactId})").Concat(clientReasons).ToArray();
        return new VendorReadiness(vendorId, status, reasons.Length > 0 ? reasons : ["nothing to do before go-live under the catalogue's rules"], notes);
    }

    private static Obligation From(RegulationCatalog catalog, string ruleId, string why)
    {
        var rule = catalog.Rule(ruleId);
        var effect = rule.Effect switch
        {
            RuleEffect.Blocked => ReadinessStatus.Blocked,
            RuleEffect.Conditional => ReadinessStatus.Conditional,
            _ => ReadinessStatus.Ready,
        };
        return new Obligation(rule.Id, rule.Topic, rule.Title, why, rule.Citations, catalog.Version, rule.Who, rule.LeadTime, effect);
    }

    private static string Name(ReadinessStatus status) => KnownName(status);

    internal static string KnownName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonSerializer.Serialize(value, DomainJson.Options).Trim('"');
}
