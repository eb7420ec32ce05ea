using System.Security.Cryptography;
using System.Text;

namespace VendorAdvisor.Api.Infrastructure.Security;

/// The key of the system administrator, who creates tenants. It lives in configuration (Admin:ApiKey),
/// never in the database. In Development, when none is configured, one is generated on first run,
/// kept in a git-ignored file (Admin:KeyFile) and printed that once.
public sealed class SystemAdminKey
{
    private readonly byte[]? hash;

    private SystemAdminKey(string? key) =>
        hash = string.IsNullOrWhiteSpace(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public bool IsConfigured => hash is not null;

    public bool Matches(string candidate) =>
        hash is not null && CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));

    public static SystemAdminKey Resolve(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var configured = configuration["Admin:ApiKey"];
        if (!string.IsNullOrWhiteSpace(configured)) return new SystemAdminKey(configured);
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Admin:ApiKey is not set. In Production the API refuses to start without the system administrator key: " +
                "set the environment variable Admin__ApiKey (docker-compose.yml reads it from VA_ADMIN_KEY).");
        }
        if (!environment.IsDevelopment())
        {
            logger.LogWarning("Admin:ApiKey is not set: no one can create tenants until it is.");
            return new SystemAdminKey(null);
        }

        var file = Path.GetFullPath(configuration["Admin:KeyFile"] ?? ".local/admin-key", environment.ContentRootPath);
        if (File.Exists(file)) return new SystemAdminKey(File.ReadAllText(file).Trim());

        var key = "va_admin_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, key + "\n");
        logger.LogWarning("Generated a system administrator key for Development and stored it in {File}: {Key}", file, key);
        return new SystemAdminKey(key);
    }
}
