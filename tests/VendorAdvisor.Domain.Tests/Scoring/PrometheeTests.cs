using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class PrometheeTests
{
    // J.-P. Brans, Ph. Vincke and B. Mareschal, "How to select and how to rank projects: The PROMETHEE method",
    // European Journal of Operational Research 24(2):228-238, 1986, doi:10.1016/0377-2217(86)90044-5, numerical
    // application: where to build a hydroelectric power station, six projects (a1 Italy ... a6 France) on six equally
    // weighted criteria, one generalised criterion of each type. Input as in B. Mareschal's teaching copy ("Exercises
    // with Visual PROMETHEE", 2019, Table 1): manpower (min, U-shape q = 10), power (max, V-shape p = 30), construction
    // cost (min, linear q = 50, p = 500), maintenance cost (min, level q = 10, p = 60), villages to evacuate (min,
    // usual), safety (max, gaussian s = 5).
    private static readonly double[][] Hydro =
    [
        [80, 90, 600, 54, 8, 5],
        [65, 58, 200, 97, 1, 1],
        [83, 60, 400, 72, 4, 7],
        [40, 80, 1000, 75, 7, 10],
        [52, 72, 600, 20, 3, 8],
        [94, 96, 700, 36, 5, 6],
    ];

    private static readonly bool[] HydroBenefit = [false, true, false, false, false, true];

    private static readonly PreferenceFunction[] HydroFunctions =
    [
        new(PreferenceFunctionKind.UShape, Q: 10),
        new(PreferenceFunctionKind.VShape, P: 30),
        new(PreferenceFunctionKind.Linear, Q: 50, P: 500),
        new(PreferenceFunctionKind.Level, Q: 10, P: 60),
        PreferenceFunction.Usual,
        new(PreferenceFunctionKind.Gaussian, S: 5),
    ];

    /// <summary>The published preference indices π(a, b), printed to three decimals (rows a1..a6), and net flows printed
    /// as plain sums (not divided by m - 1): a1 -0.728, a2 +0.085, a3 -0.447, a4 -0.102, a5 +1.466, a6 -0.274, ranking
    /// a5 > a2 > a4 > a6 > a3 > a1. The publication summed π already cut to three decimals, so its net flows differ from
    /// exact arithmetic by up to 0.002 (a4: -0.1000 exact against -0.102 printed).</summary>
    [Fact]
    public void Reproduces_the_Brans_Vincke_Mareschal_1986_hydroelectric_example()
    {
        var flows = Promethee.Flows(Hydro, HydroBenefit, [1, 1, 1, 1, 1, 1], HydroFunctions);

        double[][] publishedPi =
        [
            [0, .296, .250, .268, .100, .185],
            [.462, 0, .389, .333, .296, .500],
            [.236, .180, 0, .333, .056, .429],
            [.399, .505, .305, 0, .223, .212],
            [.444, .515, .487, .380, 0, .448],
            [.286, .399, .250, .432, .133, 0],
        ];
        for (var a = 0; a < 6; a++)
        {
            flows.Preference[a].ShouldBe(publishedPi[a], 0.001);
        }

        double[] publishedSums = [-0.728, 0.085, -0.447, -0.102, 1.466, -0.274];
        flows.Net.Select(phi => phi * 5).ShouldBe(publishedSums, 0.0025);
        flows.Net.Sum().ShouldBe(0, 1e-12);
        Enumerable.Range(0, 6).OrderByDescending(i => flows.Net[i]).ShouldBe([4, 1, 3, 5, 2, 0]);
        for (var a = 0; a < 6; a++)
        {
            flows.CriterionNetFlows[a].Select(phi => phi / 6).Sum().ShouldBe(flows.Net[a], 1e-12);
        }
    }

    /// <summary>Mareschal's exercises on the same data: with power weighted 50 and the others 10, France (a6) ranks
    /// first; with villages to evacuate weighted 55 and the others 9, Belgium (a2) does.</summary>
    [Theory]
    [InlineData(new double[] { 10, 50, 10, 10, 10, 10 }, 5)]
    [InlineData(new double[] { 9, 9, 9, 9, 55, 9 }, 1)]
    public void Follows_the_published_weight_changes(double[] weights, int expectedFirst)
    {
        var flows = Promethee.Flows(Hydro, HydroBenefit, weights, HydroFunctions);

        Enumerable.Range(0, 6).MaxBy(i => flows.Net[i]).ShouldBe(expectedFirst);
    }

    /// <summary>Each function's shape at hand-picked differences (q = 1, p = 3, s = 2).</summary>
    [Theory]
    [InlineData(PreferenceFunctionKind.Usual, 0.1, 1.0)]
    [InlineData(PreferenceFunctionKind.Usual, 0.0, 0.0)]
    [InlineData(PreferenceFunctionKind.UShape, 1.0, 0.0)]
    [InlineData(PreferenceFunctionKind.UShape, 1.5, 1.0)]
    [InlineData(PreferenceFunctionKind.VShape, 1.5, 0.5)]
    [InlineData(PreferenceFunctionKind.VShape, 4.0, 1.0)]
    [InlineData(PreferenceFunctionKind.Level, 2.0, 0.5)]
    [InlineData(PreferenceFunctionKind.Level, 3.5, 1.0)]
    [InlineData(PreferenceFunctionKind.Linear, 2.0, 0.5)]
    [InlineData(PreferenceFunctionKind.Linear, 0.5, 0.0)]
    [InlineData(PreferenceFunctionKind.Gaussian, 2.0, 0.3934693402873666)]
    [InlineData(PreferenceFunctionKind.Gaussian, -2.0, 0.0)]
    public void Preference_functions_have_their_published_shapes(PreferenceFunctionKind kind, double d, double expected) =>
        new PreferenceFunction(kind, Q: 1, P: 3, S: 2).Evaluate(d).ShouldBe(expected, 1e-15);

    [Fact]
    public void Rejects_thresholds_out_of_order() =>
        Should.Throw<DecisionInputException>(() =>
            Promethee.Flows([[1, 2], [2, 1]], [true, true], [1, 1], [PreferenceFunction.Usual, new(PreferenceFunctionKind.Linear, Q: 2, P: 1)]))
        .Message.ShouldContain("0 <= q < p");
}
