using FastEndpoints;
using FluentValidation;
using JasperFx;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record CreateTenantRequest
{
    /// <summary>Lowercase letters, digits and single dashes; 2 to 63 characters. Chosen once, never changed.</summary>
    public string Id { get; init; } = "";

    /// <summary>The consultancy's display name.</summary>
    public string Name { get; init; } = "";
}

public sealed class CreateTenantValidator : Validator<CreateTenantRequest>
{
    public CreateTenantValidator()
    {
        RuleFor(x => x.Id).NotEmpty().Length(2, 63)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Use lowercase letters, digits and single dashes, e.g. 'acme-consulting'.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
    }
}

public sealed class CreateTenant(TenantSessions sessions, TimeProvider clock) : Endpoint<CreateTenantRequest, TenantResponse>
{
    public override void Configure()
    {
        Post("/v1/admin/tenants");
        Roles(Role.SystemAdmin);
        Summary(s =>
        {
            s.Summary = "Creates a tenant (a consultancy).";
            s.Description = "System administrator only. The tenant starts with no keys: create its first admin key next.";
            s.ExampleRequest = new CreateTenantRequest { Id = "acme-consulting", Name = "Acme Consulting (Shanghai)" };
            s.Responses[201] = "The tenant was created.";
            s.ResponseExamples[201] = TenantResponse.Example;
            s.Responses[409] = "A tenant with this id already exists.";
        });
    }

    public override async Task HandleAsync(CreateTenantRequest req, CancellationToken ct)
    {
        await using var session = sessions.OpenFor(req.Id);
        // Checked before appending: a save that fails after the event got its sequence number leaves a
        // Marten tombstone in the store. The catch below still covers two requests racing for one id.
        if (await Tenant.ExistsAsync(session, req.Id, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"A tenant with id '{req.Id}' already exists."));
            return;
        }
        var tenant = new Tenant(req.Id, req.Name.Trim(), clock.GetUtcNow(), sessions.Caller.Actor);
        session.Insert(tenant);
        session.Events.StartStream(Guid.CreateVersion7(), new TenantRegistered(tenant.Id, tenant.Name));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            await Send.ResultAsync(Problems.Conflict($"A tenant with id '{req.Id}' already exists."));
            return;
        }
        await Send.CreatedAtAsync<GetTenant>(new { TenantId = tenant.Id }, TenantResponse.From(tenant), cancellation: ct);
    }
}
