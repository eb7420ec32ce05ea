using VendorAdvisor.Domain.Catalog;

namespace VendorAdvisor.Api.Features.Catalog;

/// The catalog as seeds/catalog.json has it, parsed once at start-up; the process refuses to start on a
/// broken catalog rather than serve recommendations from one.
public sealed class SeedCatalog
{
    public SeedCatalog(IConfiguration configuration)
    {
        var path = Path.GetFullPath(configuration["Catalog:SeedFile"] ?? Path.Combine("seeds", "catalog.json"), AppContext.BaseDirectory);
        Json = File.ReadAllText(path);
        Catalog = CatalogJson.Parse(Json);
    }

    public string Json { get; }

    public VendorCatalog Catalog { get; }
}
