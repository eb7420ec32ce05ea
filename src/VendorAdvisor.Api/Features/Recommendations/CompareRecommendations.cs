using FastEndpoints;
using Marten;
using VendorAdvisor.Api.Features.Audit;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

public sealed record CompareRecommendationsRequest
{
    /// <summary>The earlier recommendation.</summary>
    public Guid From { get; init; }

    /// <summary>The later recommendation, of the same profile.</summary>
    public Guid To { get; init; }
}

public sealed record RankedScore(int Rank, double Score);

/// <summary>How much of a vendor's score change each cause explains; the parts add up to the change.</summary>
public sealed record ScoreAttribution(double Catalog, double Profile, double Weights, double Options);

public sealed record VendorChange(string Vendor, RankedScore? From, RankedScore? To, double? Change, ScoreAttribution? Attribution, string? Note);

public sealed record WeightChange(string Criterion, double From, double To);

public sealed record AssessmentChange(string Vendor, string Criterion, double? FromScore, double ToScore, string Rationale);

public sealed record RecommendationComparison(
    Guid From,
    Guid To,
    Guid ProfileId,
    string? WinnerFrom,
    string? WinnerTo,
    IReadOnlyList<VendorChange> Vendors,
    IReadOnlyList<string> ChangedAttributes,
    IReadOnlyList<WeightChange> WeightChanges,
    IReadOnlyList<AssessmentChange> CatalogChanges,
    IReadOnlyList<AuditEvent> ProfileEvents,
    IReadOnlyList<AuditEvent> CatalogEvents,
    string Procedure,
    string? RegulationCatalogueFrom = null,
    string? RegulationCatalogueTo = null,
    IReadOnlyList<ReadinessChange>? ReadinessChanges = null);

/// <summary>A vendor whose regulatory readiness differs between the two recommendations.</summary>
public sealed record ReadinessChange(string Vendor, ReadinessStatus? From, ReadinessStatus? To);

public sealed class CompareRecommendations(IQuerySession session, CatalogReader catalogs, RegulationReader regulations, AuditCursor cursors)
    : Endpoint<CompareRecommendationsRequest, RecommendationComparison>
{
    public const string Procedure = ChangeAttribution.Procedure +
        " Every step applies regulatory readiness with the later recommendation's regulation catalogue, so a change of that catalogue counts under catalog, and a change of the profile's regulatory facts under profile.";

    public override void Configure()
    {
        Get("/v1/recommendations/{from}/diff/{to}");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Explains why two recommendations of one profile differ: each vendor's score change split between catalog, profile, weights and options.";
            s.Description = "Also lists the attributes, weights and assessments that changed, and the profile and catalog events in between.";
            s.Responses[200] = "The comparison.";
            s.ResponseExamples[200] = new RecommendationComparison(
                Guid.Parse("01a207c1-0b5e-7f3a-9c2d-4e6f8a0b1c2d"), Guid.Parse("01a207c9-7d1e-7a2b-8c3d-5e6f7a8b9c0d"),
                Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"), "tencent-cloud", "alibaba-cloud",
                [new VendorChange("alibaba-cloud", new RankedScore(2, 0.71), new RankedScore(1, 0.78), 0.07, new ScoreAttribution(0, 0.05, 0.02, 0), null)],
                ["priceSensitivity"], [new WeightChange("price", 0.15, 0.22)], [], [AuditEvent.Example], [], Procedure);
            s.Responses[422] = "The two recommendations belong to different profiles.";
        });
    }

    public override async Task HandleAsync(CompareRecommendationsRequest req, CancellationToken ct)
    {
        var from = await session.LoadRecommendationAsync(req.From, ct);
        var to = await session.LoadRecommendationAsync(req.To, ct);
        if (from is null || to is null)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no recommendation '{(from is null ? req.From : req.To)}'."));
            return;
        }
        if (from.ProfileId != to.ProfileId)
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status422UnprocessableEntity,
                "The two recommendations belong to different profiles; only recommendations of one profile can be compared."));
            return;
        }

        var catalogFrom = (await catalogs.RecordedAsync(session, from.CatalogVersion, ct)).Catalog;
        var catalogTo = (await catalogs.RecordedAsync(session, to.CatalogVersion, ct)).Catalog;
        var profileEvents = await session.Events.FetchStreamAsync(from.ProfileId, token: ct);
        var catalogEvents = await session.Events.FetchStreamAsync(TenantCatalog.StreamId(session.TenantId), token: ct);
        var (low, high) = Positions(profileEvents, from.RecommendationId, to.RecommendationId);
        var rulesTo = to.Result.Manifest.RegulationCatalogueVersion is { } version ? await regulations.RecordedAsync(session, version, ct) : null;
        var revisions = (Math.Min(Revision(from), Revision(to)), Math.Max(Revision(from), Revision(to)));

        await Send.OkAsync(new RecommendationComparison(
            from.RecommendationId, to.RecommendationId, from.ProfileId,
            from.Result.Sensitivity.Winner, to.Result.Sensitivity.Winner,
            Attribute(from, to, catalogFrom, catalogTo, rulesTo),
            ChangedAttributes(from.Profile, to.Profile),
            [.. to.Result.Weights.Join(from.Result.Weights, w => w.Criterion, w => w.Criterion, (now, before) => new WeightChange(now.Criterion, before.Weight, now.Weight))
                .Where(change => change.From != change.To)],
            CatalogChanges(catalogFrom, catalogTo),
            [.. profileEvents.Where(e => e.Version > low && e.Version < high).Select(e => AuditEvent.From(e, cursors, session.TenantId))],
            [.. catalogEvents.Where(e => e.Version > revisions.Item1 && e.Version <= revisions.Item2).Select(e => AuditEvent.From(e, cursors, session.TenantId))],
            Procedure,
            from.Result.Manifest.RegulationCatalogueVersion,
            to.Result.Manifest.RegulationCatalogueVersion,
            ReadinessChanges(from.Result.Readiness, to.Result.Readiness)), ct);
    }

    private static long Revision(RecommendationIssued issued) =>
        CatalogVersion.TryParse(issued.CatalogVersion, out var version) ? version.Revision : 0;

    private static (long Low, long High) Positions(IReadOnlyList<JasperFx.Events.IEvent> stream, Guid a, Guid b)
    {
        long VersionOf(Guid id) => stream.First(e => e.Data is RecommendationIssued issued && issued.RecommendationId == id).Version;
        var (x, y) = (VersionOf(a), VersionOf(b));
        return (Math.Min(x, y), Math.Max(x, y));
    }

    private static List<VendorChange> Attribute(RecommendationIssued from, RecommendationIssued to, VendorCatalog catalogFrom, VendorCatalog catalogTo,
        RegulationCatalog? rules) =>
        [.. ChangeAttribution.Attribute(
                new RecommendationRecord(from.Profile, catalogFrom, from.Options.ToAnalysis(), from.Result),
                new RecommendationRecord(to.Profile, catalogTo, to.Options.ToAnalysis(), to.Result),
                (profile, catalog, options) => RegulatedAdvisor.Recommend(profile, catalog, rules, options))
            .Select(change => new VendorChange(change.Vendor, Place(change.From), Place(change.To), change.Change,
                change.Causes is { } causes ? new ScoreAttribution(causes.Catalog, causes.Profile, causes.Weights, causes.Options) : null,
                change.Note))];

    private static List<ReadinessChange> ReadinessChanges(ReadinessReport? from, ReadinessReport? to) =>
        [.. (from?.Vendors ?? []).Select(v => v.Vendor).Union((to?.Vendors ?? []).Select(v => v.Vendor)).Order(StringComparer.Ordinal)
            .Select(vendor => new ReadinessChange(vendor,
                from?.Vendors.FirstOrDefault(v => v.Vendor == vendor)?.Status, to?.Vendors.FirstOrDefault(v => v.Vendor == vendor)?.Status))
            .Where(change => change.From != change.To)];

    private static RankedScore? Place(VendorPlace? place) => place is null ? null : new RankedScore(place.Rank, place.Score);

    private static List<string> ChangedAttributes(ClientProfile from, ClientProfile to)
    {
        var changed = ProfileAttributes.Changed(from, ProfileAttributes.Of(to));
        var names = typeof(ProfileAttributes).GetProperties()
            .Where(p => p.Name != nameof(ProfileAttributes.IsEmpty) && p.GetValue(changed) is not null)
            .Select(p => ApiJson.Options.PropertyNamingPolicy!.ConvertName(p.Name))
            .ToList();
        if (!ProfileEquivalence.SamePriorities(from.Priorities, to.Priorities)) names.Add("priorities");
        if (!ProfileEquivalence.SameConstraints(from.Constraints, to.Constraints)) names.Add("constraints");
        if (!RegulatoryFacts.Changed(from.Regulatory, to.Regulatory ?? new RegulatoryFacts()).IsEmpty
            || !RegulatoryFacts.Changed(to.Regulatory, from.Regulatory ?? new RegulatoryFacts()).IsEmpty) names.Add("regulatory");
        return names;
    }

    private static List<AssessmentChange> CatalogChanges(VendorCatalog from, VendorCatalog to) =>
        [.. to.Assessments
            .Select(now => (now, before: from.Assessments.FirstOrDefault(a => a.VendorId == now.VendorId && a.CriterionId == now.CriterionId)))
            .Where(pair => pair.before is null || pair.before.Score != pair.now.Score || pair.before.Uncertainty != pair.now.Uncertainty)
            .Select(pair => new AssessmentChange(pair.now.VendorId, pair.now.CriterionId, pair.before?.Score, pair.now.Score, pair.now.Rationale))];
}
