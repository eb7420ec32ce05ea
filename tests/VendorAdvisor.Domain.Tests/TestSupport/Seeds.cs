using System.Text.Json;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Tests.TestSupport;

/// <summary>The project's seeds/ as copied to the test output (never ../shared).</summary>
public static class Seeds
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    private static readonly Lazy<string> CatalogText = new(() => File.ReadAllText(Path.Combine(Directory, "catalog.json")));

    public static string CatalogJsonText => CatalogText.Value;

    public static VendorCatalog Catalog() => CatalogJson.Parse(CatalogText.Value);

    public static ClientProfile Profile(string name) =>
        JsonSerializer.Deserialize<ClientProfile>(File.ReadAllText(Path.Combine(Directory, "profiles", name + ".json")), DomainJson.Options)
        ?? throw new InvalidOperationException(name);

    public static IEnumerable<string> ProfileNames() =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "profiles"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
