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

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Marten is not set (environment variable ConnectionStrings__Marten). " +
                "`make run` sets it to the private development cluster.");
        }

        var dataSource = NpgsqlDataSource.Create(ConnectionTuning.Apply(connectionString));
        services.AddSingleton(dataSource);
        services.AddHttpContextAccessor();
        services.AddScoped<TenantSessions>();
        services.AddSingleton<IdempotencyKeys>();

        services.AddMarten(options =>
            {
                options.Connection(dataSource);
                options.DatabaseSchemaName = "vendoradvisor";
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                    json => ApiJson.Configure(json));
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Conjoined tenancy: one database, every event and tenant document tagged with its tenant.
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
            .BuildSessionsWith<CallerSessionFactory>(ServiceLifetime.Scoped)
            .ApplyAllDatabaseChangesOnStartup();

        return services;
    }
}
