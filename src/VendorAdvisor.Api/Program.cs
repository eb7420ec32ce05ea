using FastEndpoints;
using VendorAdvisor.Api.Features.Admin;
using VendorAdvisor.Api.Features.Analyses;
using VendorAdvisor.Api.Features.Audit;
using VendorAdvisor.Api.Features.Callers;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Health;
using VendorAdvisor.Api.Features.Portfolio;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Recommendations;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Features.Reports;
using VendorAdvisor.Api.Features.Team;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Caching;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Hosting;
using VendorAdvisor.Api.Infrastructure.Http;
using VendorAdvisor.Api.Infrastructure.OpenApi;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;
using VendorAdvisor.Api.Infrastructure.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblems();
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddCaching(builder.Configuration);
builder.Services.AddApiKeys(builder.Configuration, builder.Environment);
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddHttpFeatures(builder.Configuration);

// The feature areas, one module each (Features/<Area>/<Area>Module.cs): their services and their Marten set-up.
builder.Services.AddAdmin();
builder.Services.AddAnalyses();
builder.Services.AddAudit();
builder.Services.AddCallers();
builder.Services.AddCatalog();
builder.Services.AddHealth();
builder.Services.AddPortfolio();
builder.Services.AddProfiles();
builder.Services.AddRecommendations();
builder.Services.AddRegulation();
builder.Services.AddReports();
builder.Services.AddTeam();
builder.Services.AddGracefulShutdown(builder.Configuration);

builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
// Every endpoint and validator is in this assembly: scanning only it, rather than every assembly loaded, is a
// measurable part of start-up (scripts/bench-startup.sh).
builder.Services.AddFastEndpoints(options =>
{
    options.DisableAutoDiscovery = true;
    options.Assemblies = [typeof(Program).Assembly];
});
builder.Services.AddOpenApiDocument();

var app = builder.Build();
app.BeginSchemaMigrations(); // while the endpoints are discovered; the host waits for it before it listens

app.Services.GetRequiredService<SystemAdminKey>(); // in Development, creates and prints the key at start-up
app.UseTelemetry();
app.UseProblems();
app.UseCorrelation();
app.UseHttpFeatures();
app.UseEmptyBodyAsJson();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseFastEndpoints(options =>
{
    ApiJson.Configure(options.Serializer.Options);
    options.Serializer.RequestDeserializer = StrictJsonInput.Deserializer(options.Serializer.Options);
    StrictEnumConverter.ConfigureBinding(options.Binding);
    options.Errors.UseValidationProblems();
});
app.UseOpenApiDocument();

app.Run();

/// The entry point, visible to the API tests' WebApplicationFactory.
public partial class Program;
