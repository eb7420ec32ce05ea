using FastEndpoints;
using FluentValidation;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Api.Infrastructure.Errors;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Api.Features.Analyses;

public sealed record ComputeAhpWeightsRequest
{
    /// <summary>The criteria's ids, in the order of the matrix's rows and columns.</summary>
    public IReadOnlyList<string> Criteria { get; init; } = [];

    /// <summary>Pairwise comparisons: matrix[i][j] says how much more important criterion i is than j (Saaty's scale 1..9 and reciprocals). Positive, diagonal 1, matrix[j][i] = 1 / matrix[i][j] (within 1 %, so 0.333 passes for 1/3).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Matrix { get; init; } = [];
}

public sealed class ComputeAhpWeightsValidator : Validator<ComputeAhpWeightsRequest>
{
    public ComputeAhpWeightsValidator()
    {
        RuleFor(x => x.Criteria).NotNull().NotEmpty().WithMessage("Give at least one criterion id.")
            .Must(c => c is null || c.Count <= Ahp.MaxSize)
            .WithMessage(x => AnalysisRules.Invariant($"At most {Ahp.MaxSize} criteria can be compared; {x.Criteria.Count} were given."));
        RuleFor(x => x).Custom((request, context) =>
        {
            if (request.Criteria is not { Count: > 0 and <= Ahp.MaxSize } criteria)
            {
                return;
            }

            AnalysisRules.Ids(context, criteria, "criteria[{0}]", "criterion");
            AnalysisRules.Matrix(context, "matrix", request.Matrix, criteria.Count, "criteria");
        });
    }
}

public sealed class ComputeAhpWeights : Endpoint<ComputeAhpWeightsRequest, AhpWeightsResponse>
{
    internal static readonly ComputeAhpWeightsRequest ExampleRequest = new()
    {
        Criteria = ["localization", "price", "latency"],
        Matrix = [[1, 3, 5], [1 / 3.0, 1, 2], [1 / 5.0, 1 / 2.0, 1]],
    };

    public override void Configure()
    {
        Post("/v1/weights/ahp");
        Roles(Role.Readers);
        Summary(s =>
        {
            s.Summary = "Derives criteria weights from AHP pairwise comparisons and says whether the judgements are consistent.";
            s.Description = "Saaty's analytic hierarchy process: the weights are the principal eigenvector of the reciprocal " +
                            "comparison matrix (rows and columns in the order of `criteria`); the consistency ratio above 0.1 " +
                            "marks judgements to revisit (`consistent` false) but still yields weights. Nothing is stored. " +
                            "The weights can be passed as `weights` to POST /v1/analyses, or the matrix itself as `pairwise`.";
            s.ExampleRequest = ExampleRequest;
            s.Responses[200] = "The weights and the consistency measures.";
            s.ResponseExamples[200] = AhpWeightsResponse.From(ExampleRequest.Criteria, Ahp.Weights(ExampleRequest.Matrix));
        });
    }

    public override async Task HandleAsync(ComputeAhpWeightsRequest req, CancellationToken ct)
    {
        var response = AhpWeightsResponse.From(req.Criteria, Ahp.Weights(req.Matrix));
        if (!response.IsFinite())
        {
            await Send.ResultAsync(Problems.Result(StatusCodes.Status400BadRequest, AnalysisRules.NotFinite));
            return;
        }

        await Send.OkAsync(response, ct);
    }
}
