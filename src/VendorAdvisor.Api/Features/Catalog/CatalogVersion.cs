using System.Globalization;

namespace VendorAdvisor.Api.Features.Catalog;

/// What a recommendation records: which published catalog, at which revision of the tenant's overrides.
/// Written `2025.1-r3`: no character that a URL would need to escape.
public sealed record CatalogVersion(string Published, long Revision)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Published}-r{Revision}");

    public static bool TryParse(string text, out CatalogVersion version)
    {
        version = new CatalogVersion("", 0);
        var mark = text.LastIndexOf("-r", StringComparison.Ordinal);
        if (mark <= 0 || !long.TryParse(text.AsSpan(mark + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)) return false;
        version = new CatalogVersion(text[..mark], revision);
        return true;
    }
}
