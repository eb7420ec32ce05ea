using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Infrastructure.Security;

/// Resolves the caller, and with it the tenant, from the X-Api-Key header.
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys,
    SystemAdminKey systemAdminKey)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString().Trim();
        if (presented.Length == 0) return AuthenticateResult.NoResult();

        if (systemAdminKey.Matches(presented))
        {
            var admin = new Caller(null, Role.SystemAdmin, Role.SystemAdmin, null);
            return Success(admin);
        }

        if (!ApiKeySecret.TryParse(presented, out var keyId, out var secret))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var credential = await keys.FindAsync(keyId, Context.RequestAborted);
        var matches = ApiKeySecret.Matches(credential?.SecretHash ?? new byte[32], secret);
        if (credential is null || !matches || credential.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        return Success(new Caller(credential.TenantId, credential.Name, Role.Name(credential.Role), credential.Id));
    }

    private static AuthenticateResult Success(Caller caller) =>
        AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        return Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            "A valid API key is required in the X-Api-Key header; this one is missing, unknown or revoked.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "This key's role does not allow this operation.");
}
