using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Npgsql;
using VendorAdvisor.Api.Infrastructure.Idempotency;
using Weasel.Core;

namespace VendorAdvisor.Api.Infrastructure.Storage;

public static class MartenSetup
{
    public const string ConnectionStringName = "Marten";

    /// The schema of the tenants' events and documents in every tenant database.
    public const string TenantSchemaName = "vendoradvisor";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Marten is not set (environment variable ConnectionStrings__Marten). " +
                "`make run` sets it to the private development cluster.");
        }
        var databases = TenantDatabases.From(configuration, connectionString);

        // The registry database: tenants, keys, published catalogs, rate limits and Marten's tenant placement.
        var dataSource = NpgsqlDataSource.Create(ConnectionTuning.Apply(connectionString));
        services.AddSingleton(dataSource);
        services.AddSingleton(databases);
        // Feature modules add the documents they keep there with services.ConfigureRegistry.
        services.AddSingleton(provider => new TenantRegistry(dataSource, provider.GetServices<RegistryDocuments>(),
            provider.GetServices<Caching.InvalidationSessionListener>()));
        services.AddHttpContextAccessor();
        services.AddScoped<TenantSessions>();
        services.AddSingleton<TenantPlacement>();
        services.AddSingleton<IdempotencyKeys>();
        services.AddSingleton<PreFleetUpgrade>();
        services.AddSingleton<SchemaMigrations>().AddHostedService(provider => provider.GetRequiredService<SchemaMigrations>());

        services.AddMarten(options =>
            {
                options.DatabaseSchemaName = TenantSchemaName;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                    json => ApiJson.Configure(json));
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Tenants pooled over one or more databases (Marten's sharded tenancy): the registry database
                // records which database holds each tenant; within each database tenancy stays conjoined
                // (every event and document tagged with its tenant), documents list-partitioned per tenant.
                options.MultiTenantedWithShardedDatabases(sharding =>
                {
                    sharding.DataSource = dataSource;
                    sharding.SchemaName = TenantRegistry.SchemaName;
                    sharding.PartitionSchemaName = TenantSchemaName;
                    foreach (var (id, database) in databases.All) sharding.AddDatabase(id, ConnectionTuning.Apply(database));
                    sharding.UseSmallestDatabaseAssignment();
                });
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.MetadataConfig.EnableAll();
                options.Events.MetadataConfig.UserNameEnabled = true; // the API key's name: the actor of every event

                // Marten traces nothing and counts nothing unless asked: its session and connection spans join the
                // request's trace, and appended events are counted by type (Infrastructure/Telemetry).
                options.OpenTelemetry.TrackConnections = JasperFx.OpenTelemetry.TrackLevel.Normal;
                options.OpenTelemetry.TrackEventCounters();

                // Each feature area adds its documents, events and projections from its own module
                // (services.ConfigureMarten in Features/<Area>/<Area>Module.cs), so storage never names an area.
                options.ConfigureIdempotency();
            })
            .UseLightweightSessions()
            .BuildSessionsWith<CallerSessionFactory>(ServiceLifetime.Scoped);

        return services;
    }

    /// Starts bringing the databases up to date now, while the rest of the application is put together.
    public static void BeginSchemaMigrations(this WebApplication app)
    {
        var services = app.Services;
        // Resolving the migrations builds both Marten stores, itself a good part of the work: that too off the main thread.
        _ = Task.Run(() => services.GetRequiredService<SchemaMigrations>().Begin());
    }
}
