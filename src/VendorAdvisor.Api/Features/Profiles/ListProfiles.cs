using FastEndpoints;
using FluentValidation;
using Marten;
using Marten.Pagination;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Profiles;

public sealed record ListProfilesRequest : IPagedRequest
{
    /// <summary>Only profiles of this sector.</summary>
    [QueryParam]
    public Sector? Sector { get; init; }

    /// <summary>Only domestic or only multinational clients.</summary>
    [QueryParam]
    public Origin? Origin { get; init; }

    /// <summary>Only profiles whose name contains this text (case-insensitive).</summary>
    [QueryParam]
    public string? Search { get; init; }

    /// <summary>Include archived profiles (they are left out by default).</summary>
    [QueryParam]
    public bool IncludeArchived { get; init; }

    /// <summary>Page number, from 1.</summary>
    [QueryParam]
    public int Page { get; init; } = 1;

    /// <summary>Profiles per page, 1 to 100.</summary>
    [QueryParam]
    public int Limit { get; init; } = 20;
}

public sealed class ListProfilesValidator : Validator<ListProfilesRequest>
{
    public ListProfilesValidator()
    {
        Include(new PagingRules());
        RuleFor(x => x.Search).MaximumLength(200);
    }
}

public sealed class ListProfiles(IQuerySession session) : Endpoint<ListProfilesRequest, PagedResponse<ProfileResponse>>
{
    public override void Configure()
    {
        Get("/v1/profiles");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Lists the tenant's client profiles, most recently changed first, with filters and paging.";
            s.Responses[200] = "One page of profiles and the total that match.";
            s.ResponseExamples[200] = new PagedResponse<ProfileResponse>([ProfileResponse.Example], 1, 20, 1, false);
        });
    }

    public override async Task HandleAsync(ListProfilesRequest req, CancellationToken ct)
    {
        var query = session.Query<Profile>().Where(profile => req.IncludeArchived || !profile.IsArchived);
        if (req.Sector is { } sector) query = query.Where(profile => profile.Client.Sector == sector);
        if (req.Origin is { } origin) query = query.Where(profile => profile.Client.Origin == origin);
        if (!string.IsNullOrWhiteSpace(req.Search))
        {
            var search = req.Search.Trim();
            query = query.Where(profile => profile.Client.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        }
        var page = await query.OrderByDescending(profile => profile.UpdatedAt).ThenByDescending(profile => profile.Id)
            .ToPagedListAsync(req.Page, req.Limit, ct);
        await Send.OkAsync(PagedResponse.From(page, req, ProfileResponse.From), ct);
    }
}
