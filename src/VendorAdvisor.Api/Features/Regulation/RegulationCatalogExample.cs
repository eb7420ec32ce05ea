using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Regulation;

/// The regulation catalogue as the OpenAPI document shows it: one source, the thresholds and one rule of the real
/// catalogue, trimmed. Built by hand: an example may do no I/O.
public static class RegulationCatalogExample
{
    private static readonly Citation Provisions = new("cbdf-provisions-2024", "Article 8", "the tier that needs a contract or certification");

    public static readonly RegulationCatalog Catalog = new(
        "2026.1",
        "2026-11-28",
        "Decision support, not legal advice.",
        [
            new LegalSource("cbdf-provisions-2024", "Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16",
                "departmental-rule", "Cyberspace Administration of China (CAC)", "2024-03-22", "2024-03-22",
                "https://www.lexiscn.com/law/law-english-1-5195009-T.html?eng=0"),
        ],
        new TransferThresholds("cumulatively, since 1 January of the current year", 1_000_000, 10_000, 100_000,
            "以上 includes the number; 不满 excludes it.", [Provisions]),
        [
            new RegulatoryRule("cbdf-standard-contract-or-certification", "cross-border", "Standard contract filing or personal information protection certification",
                "A client that is not a critical information infrastructure operator and sends abroad the ordinary personal information of 100,000 to 999,999 individuals, or the sensitive personal information of fewer than 10,000, signs the CAC standard contract and files it, or obtains certification.",
                [Provisions], ["client"], new LeadTime(null, 15, "working-days", LeadTimeBasis.Sourced, "hebei-scc-guide-2023", "Provincial check of the filing."),
                RuleEffect.Conditional),
        ],
        [new TransferExemption("cross-border-hr", true, "Needed for cross-border human-resources management", "Of the client's own employees.", [new Citation("cbdf-provisions-2024", "Article 5(2)", "the exemption")])],
        [new VendorFact("aws-china-operators", "aws-china", "operator", VendorSupport.Neutral, "Beijing is operated by Sinnet, Ningxia by NWCD.", ["partner"], ["aws-china-operators-blog"])],
        new ReadinessAdjustmentRule("regulatory-alignment-readiness-2026.1", "regulatory-alignment", "conditional", 0.25, -0.5, 0.25, -1.0, 0.5,
            "The project's own convention, not law."));
}
