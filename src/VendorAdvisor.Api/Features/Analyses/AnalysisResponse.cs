using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Analyses;

/// The ranking of any decision matrix, with the weights used, their stability and, under uncertainty, rank probabilities.
public sealed record AnalysisResponse
{
    public required McdaMethod Method { get; init; }

    /// <summary>How raw values were made comparable (scale-free: multiplying a criterion's values by a positive factor changes nothing).</summary>
    public required Normalisation Normalisation { get; init; }

    /// <summary>Best first. `rankProbabilities[k]` is the share of Monte Carlo samples in which the alternative ranked k + 1.</summary>
    public required IReadOnlyList<RankedAlternative> Ranking { get; init; }

    /// <summary>The weights used, by criterion id, summing to 1.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>explicit, ahp-pairwise, or equal (with the reason).</summary>
    public required string WeightsSource { get; init; }

    /// <summary>The consistency of the pairwise matrix, when the weights came from one.</summary>
    public AhpWeightsResponse? Ahp { get; init; }

    public required SensitivityReport Sensitivity { get; init; }

    /// <summary>The Monte Carlo settings, when some alternative gave an uncertainty.</summary>
    public UncertaintySummary? Uncertainty { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    public required string EngineVersion { get; init; }

    public required string TieBreakRule { get; init; }

    /// <summary>Whether every method names the same winner, with each method's Kendall tau-b against the chosen one.</summary>
    public MethodAgreement? Agreement { get; init; }

    /// <summary>With method vikor: S, R, Q per alternative, the two compromise conditions and the compromise set.</summary>
    public VikorDetails? Vikor { get; init; }

    /// <summary>With method promethee-ii: leaving, entering and net flows per alternative and the preference functions used.</summary>
    public PrometheeDetails? Promethee { get; init; }

    /// <summary>With objectiveWeights: how the weights were read from the matrix and each criterion's information.</summary>
    public ObjectiveWeightsResponse? ObjectiveWeights { get; init; }

    public static AnalysisResponse From(DecisionAnalysis analysis, IReadOnlyList<string> criteria, IEnumerable<string> warnings) => new()
    {
        Method = analysis.Method,
        Normalisation = analysis.Normalisation,
        Ranking = analysis.Ranking,
        Weights = analysis.Weights.ToDictionary(w => w.Criterion, w => w.Weight, StringComparer.Ordinal),
        WeightsSource = analysis.WeightsSource,
        Ahp = analysis.AhpConsistency is { } ahp ? AhpWeightsResponse.From(criteria, ahp) : null,
        Sensitivity = analysis.Sensitivity,
        Uncertainty = analysis.Uncertainty,
        Warnings = [.. analysis.Warnings, .. warnings],
        EngineVersion = analysis.EngineVersion,
        TieBreakRule = analysis.TieBreakRule,
        Agreement = analysis.Agreement,
        Vikor = analysis.Vikor,
        Promethee = analysis.Promethee,
        ObjectiveWeights = analysis.ObjectiveWeights is { } objective ? ObjectiveWeightsResponse.From(criteria, objective) : null,
    };

    /// NaN and infinities cannot be written as JSON; the engine avoids them, this makes sure.
    internal bool IsFinite() =>
        Ranking.All(r => double.IsFinite(r.Score) && r.Contributions.Values.All(double.IsFinite)
                         && (r.ProbabilityFirst is null || double.IsFinite(r.ProbabilityFirst.Value))
                         && (r.RankProbabilities ?? []).All(double.IsFinite))
        && Weights.Values.All(double.IsFinite)
        && (Ahp?.IsFinite() ?? true)
        && Sensitivity.Weights.All(s => double.IsFinite(s.Weight) && double.IsFinite(s.LowerBound) && double.IsFinite(s.UpperBound))
        && (Sensitivity.SmallestWinnerChange is not { } change
            || double.IsFinite(change.FromWeight) && double.IsFinite(change.ToWeight) && double.IsFinite(change.Change));
}
