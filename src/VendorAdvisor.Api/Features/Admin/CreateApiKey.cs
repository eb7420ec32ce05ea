using FastEndpoints;
using FluentValidation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Security;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record CreateApiKeyRequest
{
    public string TenantId { get; init; } = "";

    /// <summary>Who or what uses the key; recorded as the actor of every event the key causes.</summary>
    public string Name { get; init; } = "";

    /// <summary>admin manages keys and the catalog; consultant reads and writes client data; auditor only reads.</summary>
    [System.ComponentModel.DataAnnotations.Required]
    public KeyRole? Role { get; init; }
}

public sealed class CreateApiKeyValidator : Validator<CreateApiKeyRequest>
{
    public CreateApiKeyValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Role).NotNull().WithMessage("Role is required: admin, consultant or auditor.");
    }
}

/// The key's details and, this once, the key itself.
public sealed record CreatedApiKeyResponse : ApiKeyResponse
{
    /// <summary>The secret key for the X-Api-Key header. It is not stored and cannot be shown again.</summary>
    public required string Key { get; init; }

    public CreatedApiKeyResponse()
    {
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public CreatedApiKeyResponse(ApiKeyResponse details, string key) : base(details) => Key = key;
}

public sealed class CreateApiKey(TenantSessions sessions, TimeProvider clock) : Endpoint<CreateApiKeyRequest, CreatedApiKeyResponse>
{
    public override void Configure()
    {
        Post("/v1/admin/tenants/{tenantId}/keys");
        Roles(Infrastructure.Role.SystemAdmin, Infrastructure.Role.Admin);
        Summary(s =>
        {
            s.Summary = "Issues an API key for a tenant; the key is shown in this response only.";
            s.Description = "The system administrator issues keys for any tenant; a tenant admin for its own.";
            s.ExampleRequest = new CreateApiKeyRequest { TenantId = "acme-consulting", Name = "li-wei (consultant)", Role = KeyRole.Consultant };
            s.Responses[201] = "The key was issued. Keep `key` now: only its hash is stored.";
            s.ResponseExamples[201] = new CreatedApiKeyResponse(ApiKeyResponse.Example,
                "va_0196f3a27c1e7b4a9d2f5e8a1c3b4d6e_q5S1r8Hc0m2w3G0t2xY8bQ1u9Jc6tLrV3kA7nP0eZ4s");
        });
    }

    public override async Task HandleAsync(CreateApiKeyRequest req, CancellationToken ct)
    {
        if (!sessions.Caller.CanAdminister(req.TenantId))
        {
            await Send.ResultAsync(Problems.NotFound($"There is no tenant '{req.TenantId}'."));
            return;
        }
        await using (var registry = sessions.QueryRegistry())
        {
            if (!await Tenant.ExistsAsync(registry, req.TenantId, ct))
            {
                await Send.ResultAsync(Problems.NotFound($"There is no tenant '{req.TenantId}'."));
                return;
            }
        }

        var keyId = Guid.CreateVersion7();
        var (key, hash) = ApiKeySecret.Create(keyId);
        var credential = new ApiKeyCredential
        {
            Id = keyId,
            TenantId = req.TenantId,
            Name = req.Name.Trim(),
            Role = req.Role!.Value,
            SecretHash = hash,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = sessions.Caller.Actor,
        };
        // The audit event first, in the tenant's database, then the credential in the registry: a key that
        // works always has its issue on record. A failure in between leaves an event for a key never shown.
        await using (var session = sessions.OpenFor(req.TenantId))
        {
            session.Events.StartStream(keyId, new ApiKeyIssued(keyId, credential.Name, credential.Role));
            await session.SaveChangesAsync(ct);
        }
        await using (var registry = sessions.OpenRegistry())
        {
            registry.Insert(credential);
            await registry.SaveChangesAsync(ct);
        }

        await Send.CreatedAtAsync<GetApiKey>(new { req.TenantId, KeyId = keyId },
            new CreatedApiKeyResponse(ApiKeyResponse.From(credential), key), cancellation: ct);
    }
}
