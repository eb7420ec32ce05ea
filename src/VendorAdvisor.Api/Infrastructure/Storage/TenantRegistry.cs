using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// What every node must read whatever database a tenant lives on: the tenants themselves, the API keys
/// that name them, the published catalogs, the shared rate limits, and Marten's own table of which
/// database holds which tenant. It is one database, the one ConnectionStrings:Marten names (in a
/// single-database deployment the same database that holds the tenants' data, in its own schema).
/// A Marten store of its own because, under sharded tenancy, the tenants' store has no default
/// database and every document in it belongs to a tenant.
public sealed class TenantRegistry : IAsyncDisposable
{
    public const string SchemaName = "vendoradvisor_registry";

    public TenantRegistry(NpgsqlDataSource dataSource, IEnumerable<RegistryDocuments> documents, IEnumerable<IDocumentSessionListener> listeners)
    {
        DataSource = dataSource;
        Store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.DatabaseSchemaName = SchemaName;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => ApiJson.Configure(json));
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            foreach (var registration in documents) registration.Configure(options);
            // Saves of keys must announce themselves like the tenant store's do (the caches of every node).
            foreach (var listener in listeners) options.Listeners.Add(listener);
        });
    }

    public NpgsqlDataSource DataSource { get; }

    public DocumentStore Store { get; }

    public IQuerySession QuerySession() => Store.QuerySession();

    public IDocumentSession LightweightSession() => Store.LightweightSession();

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

/// Documents a feature keeps in the registry database: they belong to no tenant (tenants, keys, published
/// catalogues) and every node must read them whatever database a tenant lives on.
public sealed record RegistryDocuments(Action<StoreOptions> Configure);

public static class RegistryDocumentsSetup
{
    /// The registry's counterpart of Marten's ConfigureMarten, for a feature module.
    public static IServiceCollection ConfigureRegistry(this IServiceCollection services, Action<StoreOptions> configure) =>
        services.AddSingleton(new RegistryDocuments(configure));
}
