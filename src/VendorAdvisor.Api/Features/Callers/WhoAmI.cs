using FastEndpoints;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Features.Callers;

public sealed record WhoAmIResponse(string? TenantId, string Actor, string Role, Guid? KeyId);

public sealed class WhoAmI : EndpointWithoutRequest<WhoAmIResponse>
{
    public override void Configure()
    {
        Get("/v1/me");
        Roles([Role.SystemAdmin, .. Role.Readers]);
        Summary(s =>
        {
            s.Summary = "Tells which tenant, name and role the presented API key stands for.";
            s.Description = "A quick way to check a key before using it. The system administrator key has no tenant.";
            s.Responses[200] = "The caller as the API sees it.";
            s.ResponseExamples[200] = new WhoAmIResponse("acme-consulting", "li-wei (consultant)", Role.Consultant,
                Guid.Parse("0196f3a2-7c1e-7b4a-9d2f-5e8a1c3b4d6e"));
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var caller = Caller.FromPrincipal(User);
        return Send.OkAsync(new WhoAmIResponse(caller.TenantId, caller.Actor, caller.Role, caller.KeyId), ct);
    }
}
