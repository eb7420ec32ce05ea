using FastEndpoints;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record RevokeApiKeyRequest
{
    public string TenantId { get; init; } = "";
    public Guid KeyId { get; init; }
}

public sealed class RevokeApiKey(TenantSessions sessions, TimeProvider clock) : Endpoint<RevokeApiKeyRequest>
{
    public override void Configure()
    {
        Delete("/v1/admin/tenants/{tenantId}/keys/{keyId}");
        Roles(Role.SystemAdmin, Role.Admin);
        Summary(s =>
        {
            s.Summary = "Revokes an API key at once; revoking it again changes nothing.";
            s.Responses[204] = "The key is revoked.";
        });
    }

    public override async Task HandleAsync(RevokeApiKeyRequest req, CancellationToken ct)
    {
        var key = await ApiKeyLookup.FindAsync(sessions, req.TenantId, req.KeyId, ct);
        if (key is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no key '{req.KeyId}' in tenant '{req.TenantId}'."));
            return;
        }
        // The key and its audit trail live in two databases (the registry, the tenant's): revoke the key
        // first, so that it stops working at once, then record the revocation in the tenant's stream. A
        // retry after a failure in between finds the key revoked and only writes the missing event.
        if (key.RevokedAt is null)
        {
            await using var registry = sessions.OpenRegistry();
            key.RevokedAt = clock.GetUtcNow();
            key.RevokedBy = sessions.Caller.Actor;
            registry.Update(key);
            await registry.SaveChangesAsync(ct);
        }
        await using var session = sessions.OpenFor(req.TenantId);
        var stream = await session.Events.FetchStreamStateAsync(key.Id, ct);
        if (stream is null || stream.Version < 2)
        {
            session.Events.Append(key.Id, new ApiKeyRevoked(key.Id));
            await session.SaveChangesAsync(ct);
        }
        await Send.NoContentAsync(ct);
    }
}
