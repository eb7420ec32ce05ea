using System.Globalization;
using FluentValidation;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Domain.Profiles;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Recommendations;

/// The result of scoring a profile against a catalog, whether stored (a recommendation) or not (a what-if).
public record EvaluationResponse
{
    public required string CatalogVersion { get; init; }
    public required McdaMethod Method { get; init; }

    /// <summary>Best first: per vendor its rank, score, probability of ranking first, the part each criterion contributes, and strengths and weaknesses in words.</summary>
    public required IReadOnlyList<RankedVendor> Ranking { get; init; }

    /// <summary>Vendors removed by the profile's constraints, with the reason.</summary>
    public required IReadOnlyList<ExcludedVendor> Excluded { get; init; }

    /// <summary>The weights used and where each came from (priorities, rules on the profile's attributes, or AHP).</summary>
    public required IReadOnlyList<CriterionWeight> Weights { get; init; }

    public AhpWeights? AhpConsistency { get; init; }

    /// <summary>How far each weight can move before the winner changes; the smallest change that flips it; what removing a vendor does.</summary>
    public required SensitivityReport Sensitivity { get; init; }

    /// <summary>Everything needed to reproduce the result to the last digit.</summary>
    public required RecommendationManifest Manifest { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Regulatory readiness per vendor with each obligation's legal source (GET /v1/profiles/{id}/readiness has the same shape). Absent on recommendations issued before the regulation catalogue existed.</summary>
    public Domain.Regulation.ReadinessReport? Readiness { get; init; }

    /// <summary>Whether every method (weighted-sum, topsis, ahp, vikor, promethee-ii) names the same winner, with each one's Kendall tau-b against the chosen method.</summary>
    public MethodAgreement? Agreement { get; init; }

    /// <summary>With method vikor: S, R, Q per vendor, the acceptable advantage and stability conditions and the compromise set.</summary>
    public VikorDetails? Vikor { get; init; }

    /// <summary>With method promethee-ii: leaving, entering and net flows per vendor and the preference functions used.</summary>
    public PrometheeDetails? Promethee { get; init; }

    /// Contributions in the catalog's criteria order, however the store returned them: PostgreSQL's jsonb
    /// keeps object keys in an order of its own, and a stored recommendation must read as it was issued.
    protected static IReadOnlyList<RankedVendor> InCriteriaOrder(RecommendationResult result)
    {
        var order = result.Weights.Select(weight => weight.Criterion).ToList();
        return [.. result.Ranking.Select(vendor => vendor with
        {
            Contributions = vendor.Contributions.OrderBy(pair => order.IndexOf(pair.Key)).ToDictionary(),
        })];
    }

    public static EvaluationResponse From(RecommendationResult result, string catalogVersion) => new()
    {
        CatalogVersion = catalogVersion,
        Method = result.Manifest.Method,
        Ranking = InCriteriaOrder(result),
        Excluded = result.Excluded,
        Weights = result.Weights,
        AhpConsistency = result.AhpConsistency,
        Sensitivity = result.Sensitivity,
        Manifest = result.Manifest,
        Warnings = result.Warnings,
        Readiness = result.Readiness,
        Agreement = result.Agreement,
        Vikor = result.Vikor,
        Promethee = result.Promethee,
    };
}

public sealed record RecommendationResponse : EvaluationResponse
{
    public Guid Id { get; init; }
    public Guid ProfileId { get; init; }

    /// <summary>The profile version scored; GET /v1/profiles/{id}?version= shows the profile as it was.</summary>
    public long ProfileVersion { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The name of the API key that asked for it.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>The client as it was scored (the profile at `profileVersion`).</summary>
    public ClientProfile? Profile { get; init; }

    /// <summary>The samples asked for; without `samples` in the request, the cap of the adaptive draw (manifest.samples gives the number drawn).</summary>
    public int Samples { get; init; }

    public ulong Seed { get; init; }

    /// <summary>SHA-256 over the recommendation's inputs and result, chained to the profile's previous recommendation.</summary>
    public required string Hash { get; init; }

    public string? PreviousHash { get; init; }

    /// <summary>When the team's weights were used: whose judgements (and which of their events), the aggregation and the consensus.</summary>
    public TeamWeightsUsed? TeamWeights { get; init; }

    public static RecommendationResponse From(RecommendationIssued issued) => new()
    {
        Id = issued.RecommendationId,
        ProfileId = issued.ProfileId,
        ProfileVersion = issued.ProfileVersion,
        IssuedAt = issued.IssuedAt,
        IssuedBy = issued.IssuedBy,
        Profile = issued.Profile,
        Samples = issued.Options.Samples,
        Seed = issued.Options.Seed,
        Hash = issued.Hash,
        PreviousHash = issued.PreviousHash,
        CatalogVersion = issued.CatalogVersion,
        Method = issued.Result.Manifest.Method,
        Ranking = InCriteriaOrder(issued.Result),
        Excluded = issued.Result.Excluded,
        Weights = issued.Result.Weights,
        AhpConsistency = issued.Result.AhpConsistency,
        Sensitivity = issued.Result.Sensitivity,
        Manifest = issued.Result.Manifest,
        Warnings = issued.Result.Warnings,
        Readiness = issued.Result.Readiness,
        Agreement = issued.Result.Agreement,
        Vikor = issued.Result.Vikor,
        Promethee = issued.Result.Promethee,
        TeamWeights = issued.Options.Team,
    };

    /// A small but real example: computed by the engine from a sample profile and catalog at start-up would need
    /// I/O here, so the example is built by hand and trimmed to one vendor.
    public static readonly RecommendationResponse Example = new()
    {
        Id = Guid.Parse("01a207c1-0b5e-7f3a-9c2d-4e6f8a0b1c2d"),
        ProfileId = Guid.Parse("01a2079c-4f3b-7d21-8e6a-2b9c0d4e5f61"),
        ProfileVersion = 3,
        IssuedAt = DateTimeOffset.Parse("2026-11-23T09:10:00Z", CultureInfo.InvariantCulture),
        IssuedBy = "li-wei (consultant)",
        Profile = Profiles.ProfileInput.Example.ToClient(),
        Samples = DecisionEngine.DefaultSamples,
        Seed = DecisionEngine.DefaultSeed,
        Hash = "9f2c6b1e0d4a7f3c5e8b2a1d6c9f0e3b7a4d2c8e1f5b9a0c3d6e2f7a1b4c8d0e",
        CatalogVersion = "2025.1-r0",
        Method = McdaMethod.WeightedSum,
        Ranking =
        [
            new RankedVendor("tencent-cloud", "Tencent Cloud", 1, 0.82, 0.71, [0.71, 0.24, 0.05, 0],
                new Dictionary<string, double> { ["latency"] = 0.31, ["price"] = 0.2 },
                ["Latency (9/10): tuned for low-latency gaming and fast iteration."],
                ["Multinational footprint (4/10): little presence outside China."]),
        ],
        Excluded = [new ExcludedVendor("aws-china", "excluded by the profile's constraints")],
        Weights = [new CriterionWeight("latency", 0.35, 5, "priority", [])],
        Sensitivity = new SensitivityReport("tencent-cloud", [], null, [], "one weight at a time, the others rescaled proportionally"),
        Manifest = new RecommendationManifest("1.0.0", "2025.1-r0", [], McdaMethod.WeightedSum, "fixed scale 0..10",
            "weighted utility, 0..1", "profile rules", "1", "Saaty", 0.1, DecisionEngine.DefaultSamples, DecisionEngine.DefaultSeed,
            "portable normal", "samples clamped to [0, 10]", "alphabetical by vendor id", "one weight at a time"),
        Warnings = [],
        Readiness = Regulation.ReadinessExample.Report,
        Agreement = new MethodAgreement(
            [
                new MethodAgreementRow(McdaMethod.WeightedSum, "tencent-cloud", true, 1, true),
                new MethodAgreementRow(McdaMethod.Topsis, "tencent-cloud", true, 1, false),
                new MethodAgreementRow(McdaMethod.Ahp, "tencent-cloud", true, 1, false),
                new MethodAgreementRow(McdaMethod.Vikor, "tencent-cloud", true, 0.67, false),
                new MethodAgreementRow(McdaMethod.PrometheeII, "alibaba-cloud", false, 0.33, false),
            ],
            false, RankCorrelation.Description, "weighted-sum and ahp on the fixed scale; topsis with vector normalisation; vikor with v = 0.5; ..."),
    };
}

/// Options shared by issuing a recommendation and evaluating a what-if.
public interface IScoringOptions
{
    McdaMethod? Method { get; }
    IReadOnlyList<IReadOnlyList<double>>? Pairwise { get; }
    IReadOnlyList<string>? PairwiseCriteria { get; }
    int? Samples { get; }

    /// The wire type is the documented one (int64); the rules keep it non-negative, the engine's range.
    long? Seed { get; }
    double? VikorV { get; }
}

public static class ScoringOptions
{
    public static RecommendationOptions ToOptions(this IScoringOptions request) => new(
        request.Method ?? (request.Pairwise is null ? McdaMethod.WeightedSum : McdaMethod.Ahp),
        request.Pairwise,
        request.PairwiseCriteria,
        request.Samples ?? DecisionEngine.DefaultSamples,
        request.Seed is { } seed ? (ulong)seed : DecisionEngine.DefaultSeed,
        request.Samples is null ? true : null,
        request.VikorV);
}

public sealed class ScoringOptionsRules : AbstractValidator<IScoringOptions>
{
    public ScoringOptionsRules()
    {
        RuleFor(x => x.Samples).InclusiveBetween(0, DecisionEngine.MaxSamples);
        RuleFor(x => x.Seed).GreaterThanOrEqualTo(0).WithMessage("'seed' must be a non-negative integer (0 to 9223372036854775807).");
        RuleFor(x => x.VikorV).Must(v => v is null || Vikor.VProblem(v.Value) is null).WithMessage(x => Vikor.VProblem(x.VikorV!.Value));
        RuleFor(x => x.Pairwise).Must(matrix => matrix is null || (matrix.Count == KnownIds.Criteria.Count && matrix.All(row => row.Count == KnownIds.Criteria.Count)))
            .WithMessage($"the pairwise matrix must be {KnownIds.Criteria.Count} x {KnownIds.Criteria.Count}, in the order of 'pairwiseCriteria' (default: {string.Join(", ", KnownIds.Criteria)}).");
        RuleForEach(x => x.PairwiseCriteria).Must(KnownIds.Criteria.Contains)
            .WithMessage((_, id) => $"'{id}' is not a criterion; use {string.Join(", ", KnownIds.Criteria)}.");
    }
}
