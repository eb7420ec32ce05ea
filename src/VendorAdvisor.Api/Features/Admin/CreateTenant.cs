using FastEndpoints;
using FluentValidation;
using JasperFx;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Storage;

namespace VendorAdvisor.Api.Features.Admin;

public sealed record CreateTenantRequest
{
    /// <summary>Lowercase letters, digits and single dashes; 2 to 37 characters. Chosen once, never changed.</summary>
    public string Id { get; init; } = "";

    /// <summary>The consultancy's display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The id of the database to hold the tenant's data (GET /v1/admin/databases lists them); by default the one holding the fewest tenants.</summary>
    public string? Database { get; init; }
}

public sealed class CreateTenantValidator : Validator<CreateTenantRequest>
{
    /// Each tenant gets its own partition of every document table, named "{table}_{tenant id}", and
    /// PostgreSQL cuts names at 63 bytes: the longest table name (mt_doc_recommendationview, 25) plus the
    /// separator leave 37 characters, so two long ids can never share a partition name.
    public const int MaxIdLength = 37;

    public CreateTenantValidator()
    {
        RuleFor(x => x.Id).NotEmpty().Length(2, MaxIdLength)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Use lowercase letters, digits and single dashes, e.g. 'acme-consulting'.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
    }
}

public sealed class CreateTenant(TenantSessions sessions, TenantPlacement placement, TimeProvider clock) : Endpoint<CreateTenantRequest, TenantResponse>
{
    public override void Configure()
    {
        Post("/v1/admin/tenants");
        Roles(Role.SystemAdmin);
        Summary(s =>
        {
            s.Summary = "Creates a tenant (a consultancy).";
            s.Description = "System administrator only. The tenant is placed on the database named in `database`, or on the one " +
                "holding the fewest tenants, and stays there. It starts with no keys: create its first admin key next.";
            s.ExampleRequest = new CreateTenantRequest { Id = "acme-consulting", Name = "Acme Consulting (Shanghai)" };
            s.Responses[201] = "The tenant was created.";
            s.ResponseExamples[201] = TenantResponse.Example;
            s.Responses[409] = "A tenant with this id already exists.";
        });
    }

    public override async Task HandleAsync(CreateTenantRequest req, CancellationToken ct)
    {
        if (req.Database is { } named && (await placement.DatabasesAsync(ct)).All(database => database.DatabaseId != named))
        {
            AddError(r => r.Database!, $"There is no database '{named}'; GET /v1/admin/databases lists them.");
            await Send.ErrorsAsync(cancellation: ct);
            return;
        }

        // The registry entry comes first: it is what makes the id taken, so that two requests for one id
        // cannot both place it, and a duplicate is refused before any event is appended (a failed append
        // leaves a Marten tombstone in the store).
        var tenant = new Tenant(req.Id, req.Name.Trim(), clock.GetUtcNow(), sessions.Caller.Actor);
        await using (var registry = sessions.OpenRegistry())
        {
            registry.Insert(tenant);
            try
            {
                await registry.SaveChangesAsync(ct);
            }
            catch (DocumentAlreadyExistsException)
            {
                await Send.ResultAsync(Problems.Conflict($"A tenant with id '{req.Id}' already exists."));
                return;
            }
        }

        string database;
        try
        {
            database = await placement.PlaceAsync(tenant.Id, req.Database, ct);
            await using var session = sessions.OpenFor(tenant.Id);
            session.Events.StartStream(Guid.CreateVersion7(), new TenantRegistered(tenant.Id, tenant.Name));
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            // Its database did not take it (it may be down): free the id, so that the request can be retried.
            await using var registry = sessions.OpenRegistry();
            registry.Delete<Tenant>(tenant.Id);
            await registry.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        await Send.CreatedAtAsync<GetTenant>(new { TenantId = tenant.Id }, TenantResponse.From(tenant, database), cancellation: ct);
    }
}
