namespace VendorAdvisor.Api.Infrastructure.Storage;

/// The PostgreSQL databases tenants may be placed on, by id. Without configuration there is one, "main",
/// the database ConnectionStrings:Marten names, so a single cluster runs everything. A fleet lists its
/// databases as Tenancy:Databases:{id} = connection string (environment: Tenancy__Databases__{id}); list
/// "main" too to keep tenants on the registry's database. Ids are recorded with every tenant's placement:
/// never rename one, change its connection string instead.
public sealed class TenantDatabases
{
    public const string DefaultId = "main";

    private TenantDatabases(IReadOnlyDictionary<string, string> all) => All = all;

    public IReadOnlyDictionary<string, string> All { get; }

    public static TenantDatabases From(IConfiguration configuration, string registryConnectionString)
    {
        var listed = configuration.GetSection("Tenancy:Databases").GetChildren()
            .Where(database => !string.IsNullOrWhiteSpace(database.Value))
            .ToDictionary(database => database.Key, database => database.Value!, StringComparer.Ordinal);
        foreach (var id in listed.Keys)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
            {
                throw new InvalidOperationException($"Tenancy:Databases:{id}: use lowercase letters, digits and dashes for a database id.");
            }
        }
        return new TenantDatabases(listed.Count > 0 ? listed : new Dictionary<string, string> { [DefaultId] = registryConnectionString });
    }
}
