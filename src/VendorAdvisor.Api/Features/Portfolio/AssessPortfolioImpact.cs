using System.Diagnostics;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Marten;
using VendorAdvisor.Api.Features.Catalog;
using VendorAdvisor.Api.Features.Regulation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Api.Infrastructure.Http;
using VendorAdvisor.Api.Infrastructure.OpenApi;
using VendorAdvisor.Domain;
using VendorAdvisor.Domain.Catalog;
using VendorAdvisor.Domain.Portfolio;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Portfolio;

public sealed record ProposedAssessment
{
    public string Vendor { get; init; } = "";
    public string Criterion { get; init; } = "";

    /// <summary>The proposed score, 0..10 (10 is best, whatever the criterion).</summary>
    public double? Score { get; init; }

    /// <summary>Its standard deviation, 0..5; default: the current assessment's.</summary>
    public double? Uncertainty { get; init; }

    public string? Rationale { get; init; }
}

public sealed record PortfolioImpactRequest
{
    /// <summary>Proposed assessment overrides, applied to the tenant's current catalog without storing anything.</summary>
    public IReadOnlyList<ProposedAssessment>? Overrides { get; init; }

    /// <summary>Or: a catalog version to compare the current one with (a newly published catalog, or `2025.1-r0` for the catalog without the tenant's overrides).</summary>
    public string? CatalogVersion { get; init; }

    /// <summary>Or: a past catalog version; answers what changed from it to the current catalog (an override just applied: the version before it).</summary>
    public string? Since { get; init; }

    /// <summary>weighted-sum (default), topsis, ahp, vikor or promethee-ii, set up as a recommendation sets it up (weights from each profile; VIKOR with v = 0.5; PROMETHEE II with linear preference, q = 0.5 and p = 2 points).</summary>
    public McdaMethod? Method { get; init; }
}

public sealed class PortfolioImpactValidator : Validator<PortfolioImpactRequest>
{
    public const int MaxOverrides = 64;

    public PortfolioImpactValidator()
    {
        RuleFor(x => x).Must(x => (x.Overrides is not null ? 1 : 0) + (x.CatalogVersion is not null ? 1 : 0) + (x.Since is not null ? 1 : 0) == 1)
            .WithName("overrides").WithMessage("give exactly one of 'overrides', 'catalogVersion' and 'since'.");
        RuleFor(x => x.Overrides).Must(list => list is null || list.Count is > 0 and <= MaxOverrides)
            .WithMessage($"give 1 to {MaxOverrides} overrides.")
            .Must(list => list is null || list.Select(o => (o.Vendor, o.Criterion)).Distinct().Count() == list.Count)
            .WithMessage("each vendor and criterion may be overridden once.");
        RuleForEach(x => x.Overrides).SetValidator(new ProposedAssessmentValidator());
        RuleFor(x => x.CatalogVersion).MaximumLength(100);
        RuleFor(x => x.Since).MaximumLength(100);
    }
}

/// One proposed override. A validator of its own, rather than rules inside the request's, so that the OpenAPI document
/// reads which of its fields are required from it (ValidatedPartSchemaFilter), as it does for a request's own fields.
public sealed class ProposedAssessmentValidator : AbstractValidator<ProposedAssessment>
{
    public ProposedAssessmentValidator()
    {
        RuleFor(x => x.Vendor).Must(KnownIds.Vendors.Contains).WithMessage(x => $"'{x.Vendor}' is not a vendor; use {string.Join(", ", KnownIds.Vendors)}.");
        RuleFor(x => x.Criterion).Must(KnownIds.Criteria.Contains).WithMessage(x => $"'{x.Criterion}' is not a criterion; use {string.Join(", ", KnownIds.Criteria)}.");
        RuleFor(x => x.Score).NotNull().InclusiveBetween(AssessmentScale.Min, AssessmentScale.Max);
        RuleFor(x => x.Uncertainty).InclusiveBetween(0, AssessmentScale.MaxOverrideUncertainty);
        RuleFor(x => x.Rationale).MaximumLength(AssessmentScale.MaxRationaleLength);
    }
}

public sealed class AssessPortfolioImpact(IQuerySession session, CatalogReader catalogs, RegulationReader regulations) : Endpoint<PortfolioImpactRequest, PortfolioImpactResponse>
{
    /// The largest impacts a JSON answer lists, sorted (`complete` is false when more changed): what it holds in memory
    /// whatever the portfolio. NDJSON, when the client asks for it, has a line for every changed profile.
    public const int JsonLimit = 1000;

    /// The largest impacts an NDJSON summary repeats, sorted.
    public const int SummaryTop = 100;

    public const string NdJson = "application/x-ndjson";
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public override void Configure()
    {
        Post("/v1/portfolio/impact");
        Roles(Role.Writers);
        Description(endpoint => endpoint.Produces<PortfolioImpactResponse>(200, "application/json", NdJson));
        Options(route => route.WithMetadata(new DocumentedLines(NdJson,
            "One JSON object per line (NDJSON). A `kind: profile` line (a changed profile, as in `profiles` of the JSON answer) " +
            "is written as soon as that profile is scored, so in no particular order; the last line is the `kind: summary` line: " +
            $"the JSON answer's fields with the {SummaryTop} largest impacts in `profiles`, sorted, and `timing`.",
            ("profile", typeof(PortfolioImpactProfileLine)), ("summary", typeof(PortfolioImpactSummaryLine)))));
        Summary(s =>
        {
            s.Summary = "Which clients' advice a catalog change would change: every active profile re-scored under the current and the proposed catalog.";
            s.Description = "Stores nothing. Give exactly one of: `overrides` (proposed assessments on top of the current catalog), " +
                            "`catalogVersion` (compare the current catalog with that version), or `since` (compare that past version with " +
                            "the current catalog: what an override just applied changed). Every active profile is ranked under both " +
                            "(its current version, weights from the profile, no Monte Carlo) as a recommendation ranks it: vendors its " +
                            "regulatory readiness blocks are excluded and conditional vendors' assessments adjusted, under the current " +
                            "regulation catalogue (named in the answer) for both; the answer lists the profiles whose ranking or " +
                            $"scores change, biggest impact first, with totals. Profiles are read {PortfolioProfiles.PageSize} at a time " +
                            $"whatever the portfolio's size. The answer is one JSON document listing the {JsonLimit} largest impacts " +
                            "(`complete` is false when more profiles changed), unless `Accept` prefers " +
                            $"`{NdJson}` (names it with a higher q than `application/json`): then it streams as NDJSON, one line per " +
                            $"changed profile (`kind: profile`) as it is found, then a `kind: summary` line with the totals and the {SummaryTop} " +
                            "largest impacts, sorted. No `Accept`, `*/*`, or a tie: JSON.";
            s.ExampleRequest = new PortfolioImpactRequest
            {
                Overrides = [new ProposedAssessment { Vendor = "aws-china", Criterion = "payment-integration", Score = 7, Rationale = "A new local payment partner." }],
            };
            s.Responses[200] = "The profiles whose advice would change, and totals: JSON, or NDJSON when Accept prefers it.";
            s.ResponseExamples[200] = PortfolioImpactResponse.Example;
            s.Responses[422] = "The catalog version named is not one this tenant has.";
        });
    }

    public override async Task HandleAsync(PortfolioImpactRequest req, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var cpuStarted = Environment.CpuUsage.TotalTime;
        var current = await catalogs.CurrentAsync(session, ct);
        var (baseline, proposed, proposedName, baselineName) = (current.Catalog, current.Catalog, current.Version.ToString(), current.Version.ToString());
        if (req.Overrides is { } overrides)
        {
            proposed = overrides.Aggregate(current.Catalog, (catalog, o) => catalog.WithOverride(new AssessmentOverride(o.Vendor, o.Criterion, o.Score!.Value,
                o.Uncertainty ?? catalog.Assessment(o.Vendor, o.Criterion).Uncertainty, string.IsNullOrWhiteSpace(o.Rationale) ? "proposed" : o.Rationale.Trim(), OverriddenBy: "proposal")));
            proposedName = $"{current.Version} + {PortfolioTally.Describe(overrides.Count)}";
        }
        else if (await catalogs.AtAsync(session, req.CatalogVersion ?? req.Since!, ct) is { } other)
        {
            (baseline, proposed) = req.Since is null ? (current.Catalog, other.Catalog) : (other.Catalog, current.Catalog);
            proposedName = req.Since is null ? other.Version.ToString() : current.Version.ToString();
            baselineName = req.Since is null ? baselineName : other.Version.ToString();
        }
        else
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status422UnprocessableEntity,
                $"This tenant has no catalog version '{req.CatalogVersion ?? req.Since}'; GET /v1/catalog shows the current one."));
            return;
        }

        var method = req.Method ?? McdaMethod.WeightedSum;
        // Content negotiation only, never the portfolio's size: a client generated for the JSON answer must get it at any size.
        var stream = HttpContext.Request.Prefers(NdJson, "application/json");
        var tally = new PortfolioTally(stream ? SummaryTop : JsonLimit);
        var body = HttpContext.Response.Body;
        if (stream) HttpContext.Response.ContentType = NdJson;
        long scoring = 0, written = 0;
        await foreach (var profile in PortfolioProfiles.ReadAsync(session, ct))
        {
            var scoreStarted = Stopwatch.GetTimestamp();
            RankingChange? change;
            try
            {
                change = RankingChange.Of(profile.Client, baseline, proposed, method, regulations.Current);
            }
            catch (DecisionInputException)
            {
                tally.Failed();
                continue;
            }
            finally
            {
                scoring += Stopwatch.GetTimestamp() - scoreStarted;
            }
            if (change is null)
            {
                tally.Unchanged();
                continue;
            }
            var impact = ProfileImpact.From(profile.Id, profile.Client.Name, change);
            tally.Changed(impact);
            if (!stream) continue;
            await JsonSerializer.SerializeAsync(body, new PortfolioImpactProfileLine(impact), ApiJson.Options, ct);
            await body.WriteAsync(NewLine, ct);
            if (++written % 200 == 0) await body.FlushAsync(ct);
        }

        // Where the time went (Server-Timing syntax): scoring both catalogs, the whole request with the reading, and
        // the CPU time the process used meanwhile (the request's own on an otherwise idle instance; on a shared
        // machine the wall-clock figures also hold the waits for a core).
        var timing = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"score;dur={Stopwatch.GetElapsedTime(0, scoring).TotalMilliseconds:0.#}, total;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.#}, cpu;dur={(Environment.CpuUsage.TotalTime - cpuStarted).TotalMilliseconds:0.#}");
        var answer = new PortfolioImpactResponse(baselineName, proposedName, KnownIds.JsonName(method), regulations.Current.Version, tally.Totals(), tally.Largest(), !tally.Truncated && !stream);
        if (!stream)
        {
            HttpContext.Response.Headers["Server-Timing"] = timing;
            await Send.OkAsync(answer, ct);
            return;
        }
        await JsonSerializer.SerializeAsync(body, new PortfolioImpactSummaryLine(answer, timing), ApiJson.Options, ct);
        await body.WriteAsync(NewLine, ct);
        await body.FlushAsync(ct);
    }
}
