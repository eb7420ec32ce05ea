using System.Diagnostics;
using VendorAdvisor.Domain.Regulation;
using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Benchmarks;

/// <summary>
/// Where one recommendation's CPU goes, part by part, timed with a Stopwatch on one thread (a coarse profile that
/// needs no tool): `dotnet run -c Release --project tests/VendorAdvisor.Benchmarks -- breakdown [rounds, default 200]`.
/// Each part runs alone after a warm-up, in rounds of about 5 ms; the figure is microseconds per call in the best round.
/// </summary>
internal static class Breakdown
{
    public static void Run(int rounds)
    {
        var inputs = IssueRecommendationBenchmarks.Inputs.Load();
        var result = inputs.Recommend();
        var issued = inputs.Issue(result);
        var catalog = inputs.Catalog;
        var weights = result.Weights;
        var problem = CatalogProblem.From(catalog, [.. catalog.Vendors], weights, McdaMethod.WeightedSum, Normalisation.Catalog,
            Vikor.DefaultV, CatalogMethods.Preferences(catalog));
        var order = SensitivityAnalysis.Rank(problem, problem.Weights);
        var topsis = Variant(problem, McdaMethod.Topsis, new Normalisation(NormalisationKind.Vector));
        var topsisOrder = SensitivityAnalysis.Rank(topsis, topsis.Weights);

        var profile = inputs.Profile;
        var readiness = ReadinessEvaluator.Evaluate(profile.CrossBorderTransfer, profile.Regulatory, catalog.VendorIds, inputs.Regulations);
        var adjusted = ReadinessDecision.Adjust(catalog, readiness, inputs.Regulations).Catalog;
        var remaining = adjusted.Vendors.Where(v => ReadinessDecision.Exclusions(readiness).All(e => e.Vendor != v.Id)).ToArray();
        var regulated = CatalogProblem.From(adjusted, remaining, weights, McdaMethod.WeightedSum, Normalisation.Catalog,
            Vikor.DefaultV, CatalogMethods.Preferences(adjusted));

        var analysisRequest = ReadAnalysisBody();
        var analysisResponse = Api.Features.Analyses.RunAnalysis.Analyze(analysisRequest);
        var eventJson = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(issued, Api.Infrastructure.ApiJson.Options);
        var canonicalJson = Canonical(eventJson);
        var parts = new (string Name, Func<object> Work)[]
        {
            ("whole issue (engine + hash + two JSON)", () => IssueRecommendationBenchmarks.Inputs.Serialise(inputs.Issue(inputs.Recommend()))),
            ("engine: RegulatedAdvisor.Recommend", () => inputs.Recommend()),
            ("  engine without readiness: Advisor.Recommend", () => Advisor.Recommend(profile, catalog, inputs.Options.ToAnalysis())),
            ("  readiness: evaluate and adjust the catalog", () => ReadinessDecision.Adjust(catalog,
                ReadinessEvaluator.Evaluate(profile.CrossBorderTransfer, profile.Regulatory, catalog.VendorIds, inputs.Regulations), inputs.Regulations)),
            ($"  Monte Carlo 2,000 samples ({regulated.M} vendors)", () => MonteCarlo.Run(regulated, 2_000, 1)),
            ("  sensitivity (weighted sum, exact)", () => SensitivityAnalysis.Analyze(problem, order)),
            ("  sensitivity (TOPSIS, numeric)", () => SensitivityAnalysis.Analyze(topsis, topsisOrder)),
            ("  methods agreement table", () => MethodComparison.Compare(problem, CatalogMethods.PrometheeSettings)),
            ("  problem from catalog", () => CatalogProblem.From(catalog, [.. catalog.Vendors], weights, McdaMethod.WeightedSum,
                Normalisation.Catalog, Vikor.DefaultV, CatalogMethods.Preferences(catalog))),
            ("hash (Sealed)", () => inputs.Issue(result)),
            ("  the event's JSON (API options, as big as the hash's)", () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(issued, Api.Infrastructure.ApiJson.Options)),
            ("  its canonical form (RFC 8785)", () => Canonical(eventJson)),
            ("  SHA-256 of the canonical form", () => System.Security.Cryptography.SHA256.HashData(canonicalJson)),
            ("event + response JSON", () => IssueRecommendationBenchmarks.Inputs.Serialise(issued)),
            ("analysis 4 x 4 TOPSIS, no samples", () => DecisionEngine.Analyze(SmallAnalysis)),
            ("POST /v1/analyses beyond HTTP: body, validation, engine, answer", () => AnalysisPath()),
            ("  the body's JSON read (API options)", () => ReadAnalysisBody()),
            ("  the body as the API reads it (strict options, null walk)", () => StrictRead()),
            ("  the validator", () => AnalysisValidator.Validate(analysisRequest)),
            ("  engine and response model (RunAnalysis.Analyze)", () => Api.Features.Analyses.RunAnalysis.Analyze(analysisRequest)),
            ("  the answer's JSON (API options)", () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(analysisResponse, Api.Infrastructure.ApiJson.Options)),
        };

        // A first pass, not shown, until every part has been compiled at its final tier: measured cold, the first
        // parts read twice their cost.
        foreach (var pass in new[] { false, true })
        {
            foreach (var (name, work) in parts)
            {
                var best = Measure(pass ? rounds : rounds / 4, work);
                if (pass)
                {
                    Console.WriteLine($"{name,-52} {best,10:F1} µs");
                }
            }
        }
    }

    private static readonly Api.Features.Analyses.RunAnalysisValidator AnalysisValidator = new();

    private static readonly byte[] SmallAnalysisUtf8 = System.Text.Encoding.UTF8.GetBytes(SmallAnalysisBody);
    private static readonly Func<Microsoft.AspNetCore.Http.HttpRequest, Type, System.Text.Json.Serialization.JsonSerializerContext?, CancellationToken, ValueTask<object?>> StrictDeserializer =
        Api.Infrastructure.StrictJsonInput.Deserializer(Api.Infrastructure.ApiJson.Options);

    // FastEndpoints' request deserializer as Program.cs sets it, over an in-memory body.
    private static object StrictRead()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(SmallAnalysisUtf8, writable: false);
        return StrictDeserializer(context.Request, typeof(Api.Features.Analyses.RunAnalysisRequest), null, default).AsTask().GetAwaiter().GetResult()!;
    }

    private static Api.Features.Analyses.RunAnalysisRequest ReadAnalysisBody() =>
        System.Text.Json.JsonSerializer.Deserialize<Api.Features.Analyses.RunAnalysisRequest>(SmallAnalysisBody, Api.Infrastructure.ApiJson.Options)!;

    // What the endpoint does between the request's bytes and the answer's, without Kestrel, authentication and routing:
    // the part of POST /v1/analyses the API itself decides how to spend.
    private static int AnalysisPath()
    {
        var request = (Api.Features.Analyses.RunAnalysisRequest)StrictRead();
        if (!AnalysisValidator.Validate(request).IsValid) throw new InvalidOperationException("the benchmark's body is invalid");
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Api.Features.Analyses.RunAnalysis.Analyze(request), Api.Infrastructure.ApiJson.Options).Length;
    }

    private static byte[] Canonical(byte[] json)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(json.Length);
        Domain.Audit.JsonCanonicalizer.Canonicalize(json, output, omitRootMember: "hash");
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The body scripts/bench-recommendations.sh posts to /v1/analyses (4 x 4 TOPSIS, no samples).</summary>
    private static readonly DecisionRequest SmallAnalysis = System.Text.Json.JsonSerializer.Deserialize<DecisionRequest>(SmallAnalysisBody, Domain.DomainJson.Options)!;

    private const string SmallAnalysisBody =
        """
        {"method":"topsis","criteria":[{"id":"C1","benefit":true},{"id":"C2","benefit":true},{"id":"C3","benefit":false},{"id":"C4","benefit":true}],
         "alternatives":[{"id":"A1","scores":{"C1":8,"C2":7,"C3":2,"C4":1}},{"id":"A2","scores":{"C1":5,"C2":3,"C3":7,"C4":5}},{"id":"A3","scores":{"C1":7,"C2":5,"C3":6,"C4":4}},{"id":"A4","scores":{"C1":9,"C2":9,"C3":7,"C4":3}}],
         "weights":{"C1":0.4,"C2":0.3,"C3":0.1,"C4":0.2},"samples":0}
        """;

    private static Problem Variant(Problem p, McdaMethod method, Normalisation normalisation) => new()
    {
        CriterionIds = p.CriterionIds,
        Benefit = p.Benefit,
        AlternativeIds = p.AlternativeIds,
        Values = p.Values,
        Uncertainty = p.Uncertainty,
        Weights = p.Weights,
        Method = method,
        Normalisation = normalisation,
        SampleMin = p.SampleMin,
        SampleMax = p.SampleMax,
    };

    // The machine is shared: many short rounds (about 5 ms each) and the best of them, which a preempted round cannot win.
    private static double Measure(int rounds, Func<object> work)
    {
        var perRound = 1;
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 200)
        {
            work();
            perRound++;
        }

        perRound = Math.Max(1, perRound / 40);
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++)
            {
                work();
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / perRound);
        }

        return best;
    }
}
