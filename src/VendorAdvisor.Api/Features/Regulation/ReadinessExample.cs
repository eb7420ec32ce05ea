using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Api.Features.Regulation;

/// The readiness block as the OpenAPI document shows it: a pharma multinational sending 2,000,000 individuals'
/// data abroad (security assessment before go-live), trimmed to one vendor. Built by hand: an example may do no I/O.
public static class ReadinessExample
{
    public static readonly ReadinessReport Report = new(
        "2026.1",
        "2026-11-28",
        "Decision support, not legal advice.",
        new TransferAssessment(TransferRoute.SecurityAssessment, TransferRoute.SecurityAssessment,
            ["2,000,000 individuals' ordinary personal information since 1 January: 1,000,000 or more goes to the security assessment"]),
        [
            new Obligation("cbdf-security-assessment", "cross-border",
                "CAC security assessment before personal information or important data leaves mainland China",
                "2,000,000 individuals' ordinary personal information since 1 January: 1,000,000 or more goes to the security assessment",
                [new Citation("cbdf-provisions-2024", "Articles 2 and 7", "when the assessment is required")],
                "2026.1", ["client"],
                new LeadTime(null, 30, "working-days", LeadTimeBasis.Sourced, "cac-assessment-time-report", "Reported average once accepted."),
                ReadinessStatus.Conditional),
        ],
        [
            new VendorReadiness("aws-china", ReadinessStatus.Conditional,
                ["conditional: CAC security assessment before personal information or important data leaves mainland China (cbdf-security-assessment)"],
                [new VendorNote("aws-china-separate-partition", "cross-border", VendorSupport.Neutral,
                    "The China Regions need their own accounts and are isolated from the global AWS regions.", ["client", "partner"],
                    ["aws-china-general-info", "aws-china-isolation"])]),
        ],
        []);
}
