using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Api.Features.Catalog;

public sealed record SourceReference(string Id, string Title, string Publisher, string Date);

public sealed record AssessmentResponse(
    string Criterion, double Score, double Uncertainty, string Rationale, IReadOnlyList<SourceReference> Sources, bool Overridden);

public sealed record VendorResponse(
    string Id, string Name, string Description, IReadOnlyList<VendorOperator> Operators,
    string CatalogVersion, IReadOnlyList<AssessmentResponse> Assessments)
{
    public static VendorResponse From(TenantCatalogView view, Vendor vendor)
    {
        var catalog = view.Catalog;
        var assessments = catalog.Criteria.Select(criterion =>
        {
            var assessment = catalog.Assessment(vendor.Id, criterion.Id);
            var sources = assessment.SourceIds
                .Select(id => catalog.Sources.First(source => source.Id == id))
                .Select(source => new SourceReference(source.Id, source.Title, source.Publisher, source.Date))
                .ToList();
            return new AssessmentResponse(criterion.Id, assessment.Score, assessment.Uncertainty, assessment.Rationale, sources,
                view.Overridden.Contains(TenantCatalog.Key(vendor.Id, criterion.Id)));
        }).ToList();
        return new VendorResponse(vendor.Id, vendor.Name, vendor.Description, vendor.Operators ?? [], view.Version.ToString(), assessments);
    }

    public static readonly VendorResponse Example = new(
        "aws-china", "AWS China", "Amazon Web Services in mainland China, run by local operators.",
        [new VendorOperator("Sinnet", "Beijing"), new VendorOperator("NWCD", "Ningxia")],
        "2025.1-r0",
        [
            new AssessmentResponse("payment-integration", 3, 1.5,
                "Weak integration with domestic payment systems is one of the reasons given for its losses in retail and gaming.",
                [new SourceReference("aws-retreats-2025", "AWS Retreats Quietly in China Amid Layoffs and Lost Clients", "publisher not stated", "2025")],
                false),
        ]);
}

public sealed record VendorListResponse(string CatalogVersion, IReadOnlyList<VendorSummary> Items)
{
    public static readonly VendorListResponse Example = new("2025.1-r0",
        [new VendorSummary("aws-china", "AWS China", "Amazon Web Services in mainland China, run by local operators.",
            new Dictionary<string, double> { ["localization"] = 3, ["price"] = 4 })]);
}

public sealed record VendorSummary(string Id, string Name, string Description, IReadOnlyDictionary<string, double> Scores);

public sealed record CatalogResponse(
    string Version, string PublishedVersion, long Revision, double ScaleMin, double ScaleMax,
    IReadOnlyList<Criterion> Criteria, IReadOnlyList<VendorResponse> Vendors, IReadOnlyList<Source> Sources)
{
    public static CatalogResponse From(TenantCatalogView view) => new(
        view.Version.ToString(), view.Version.Published, view.Version.Revision, view.Catalog.ScaleMin, view.Catalog.ScaleMax,
        view.Catalog.Criteria, [.. view.Catalog.Vendors.Select(vendor => VendorResponse.From(view, vendor))], view.Catalog.Sources);

    public static readonly CatalogResponse Example = new("2025.1-r1", "2025.1", 1, 0, 10,
        [new Criterion("payment-integration", "Payment integration", "How well the platform works with domestic payment systems.")],
        [VendorResponse.Example],
        [new Source("aws-retreats-2025", "AWS Retreats Quietly in China Amid Layoffs and Lost Clients", "publisher not stated", "2025", null, [])]);
}
