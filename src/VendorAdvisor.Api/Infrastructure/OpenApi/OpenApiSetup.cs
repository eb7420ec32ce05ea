using Microsoft.OpenApi;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ProblemSchemas>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "VendorAdvisor API",
                Version = "v1",
                Description = "Ranked, explained and reproducible recommendations among the clouds that serve mainland " +
                              "China (Alibaba Cloud, Huawei Cloud, Tencent Cloud, AWS China), for consultancies scoring " +
                              "their clients' profiles. Every call needs an API key in the X-Api-Key header; errors are " +
                              "RFC 9457 problem details. Enum values are kebab-case strings (`social-commerce`); the API also " +
                              "accepts them in any letter case and as the .NET member names generators emit (`SocialCommerce`), " +
                              "and always answers kebab-case.",
                // No public address exists for either yet: names only, rather than an invented URL.
                Contact = new OpenApiContact { Name = "VendorAdvisor maintainers (through your consultancy's account manager)" },
                License = new OpenApiLicense { Name = "Proprietary: licensed to subscribing consultancies" },
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "A tenant key (va_...) issued by POST /v1/admin/tenants/{tenantId}/keys, or the system administrator key.",
            });
            options.CustomSchemaIds(SchemaNames.For);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<FastEndpointsOperationFilter>();
            options.SchemaFilter<NullableEnumSchemaFilter>();
            options.SchemaFilter<ValidatedPartSchemaFilter>();
            options.DocumentFilter<DocumentCleanupFilter>();
            var xml = Path.Combine(AppContext.BaseDirectory, "VendorAdvisor.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
        return services;
    }

    public static WebApplication UseOpenApiDocument(this WebApplication app)
    {
        // The server is wherever the document was fetched from, so a client generated from it points at the right host.
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This server." }]));
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "VendorAdvisor v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "VendorAdvisor API";
            options.EnablePersistAuthorization();
            options.DisplayOperationId();
        });
        return app;
    }
}
