using VendorAdvisor.Domain.Scoring;

namespace VendorAdvisor.Domain.Tests.Scoring;

public sealed class ObjectiveWeightsTests
{
    // A. R. Krishnan, M. M. Kasim, R. Hamid and M. F. Ghazali, "A Modified CRITIC Method to Estimate the Objective
    // Weights of Decision Criteria", Symmetry 13(6):973, 2021, doi:10.3390/sym13060973, Table 1: five smartphones on
    // price (min), screen size (max), pixel density (max), thickness (min) and mass (min).
    private static readonly double[][] Phones =
    [
        [649, 4.7, 326, 7.1, 143],
        [749, 5.5, 401, 7.3, 192],
        [740, 5.7, 520, 7.6, 171],
        [400, 5.7, 520, 11.1, 179],
        [600, 5.5, 538, 8.9, 152],
    ];

    private static readonly bool[] PhonesBenefit = [false, true, true, false, false];

    /// <summary>The original CRITIC (Diakoulaki, Mavrotas &amp; Papayannakis 1995) as computed in Krishnan et al. 2021,
    /// Table 5, column "CRITIC", to four decimals: 0.1872, 0.1838, 0.1691, 0.2599, 0.2000.</summary>
    [Fact]
    public void Critic_reproduces_Krishnan_et_al_2021_table_5()
    {
        var result = CriticWeights.Compute(Phones, PhonesBenefit);

        result.Weights.ShouldBe([0.1872, 0.1838, 0.1691, 0.2599, 0.2000], 0.00005);
        result.Weights.Sum().ShouldBe(1, 1e-12);
    }

    /// <summary>Entropy on min-max normalised values (cost reversed), Krishnan et al. 2021, Table 5, column "Entropy":
    /// 0.3481, 0.1360, 0.1690, 0.1463, 0.2006.</summary>
    [Fact]
    public void Entropy_on_min_max_values_reproduces_Krishnan_et_al_2021_table_5()
    {
        var result = EntropyWeights.Compute(Phones, PhonesBenefit, EntropyNormalisation.MinMax);

        result.Weights.ShouldBe([0.3481, 0.1360, 0.1690, 0.1463, 0.2006], 0.00005);
    }

    /// <summary>Entropy on raw proportions: E. K. Zavadskas, F. Cavallaro, V. Podvezko, I. Ubarte and A. Kaklauskas,
    /// "MCDM Assessment of a Healthy and Safe Built Environment According to Sustainable Development Principles: A
    /// Practical Neighborhood Approach in Vilnius", Sustainability 9(5):702, 2017, doi:10.3390/su9050702: Table 4, the
    /// economic criteria of 21 neighbourhoods; Table 8, column "Entropy", prints 0.1879, 0.2970, 0.0308, 0.2196,
    /// 0.2648. The five printed values are these weights in another row order (the table's labels are permuted:
    /// 0.0308 belongs to housing prices, the most homogeneous column), so the test checks them in the data's order.</summary>
    [Fact]
    public void Entropy_on_raw_values_reproduces_Zavadskas_et_al_2017_table_8()
    {
        double[][] columns =
        [
            [1888.34, 1154.10, 676.10, 1080.61, 1222.06, 1190.30, 1711.44, 967.13, 854.64, 950.14, 1136.80, 1243.52, 1601.00, 2221.89, 1055.02, 1481.19, 1205.37, 1175.03, 1582.93, 2153.47, 1612.65],
            [504.40, 9697.32, 1580.99, 9215.44, 6817.50, 3019.13, 4840.00, 758.42, 793.16, 91.12, 4031.22, 1472.46, 834.41, 4321.56, 7121.14, 757.93, 2072.43, 5893.20, 5455.29, 4103.33, 4917.31],
            [44.62, 106.59, 76.90, 39.26, 11.50, 54.66, 116.04, 40.54, 89.03, 19.11, 74.88, 48.84, 97.48, 186.22, 55.00, 70.87, 38.54, 22.80, 23.18, 256.30, 188.78],
            [3.60, 42.20, 14.79, 86.58, 12.75, 14.17, 33.54, 6.18, 8.22, 1.04, 13.29, 7.68, 9.37, 40.67, 41.36, 5.03, 11.55, 31.60, 27.65, 72.59, 56.09],
            [18.20, 9.30, 2.00, 4.60, 7.20, 7.20, 94.60, 21.50, 11.00, 41.70, 10.70, 6.00, 7.70, 49.20, 9.20, 22.30, 9.50, 7.30, 37.90, 10.40, 21.50],
        ];
        var rows = Enumerable.Range(0, 21).Select(i => columns.Select(c => c[i]).ToArray()).ToArray();

        var result = EntropyWeights.Compute(rows, [false, false, true, false, true]);

        result.Weights.ShouldBe([0.0308, 0.2196, 0.1879, 0.2648, 0.2970], 0.0001);
        new[] { 0.1879, 0.2970, 0.0308, 0.2196, 0.2648 }.Order().ShouldBe(result.Weights.Select(w => Math.Round(w, 4)).Order());
    }

    [Fact]
    public void A_constant_criterion_gets_no_weight_under_either_method()
    {
        double[][] rows = [[1, 5, 3], [2, 5, 1], [4, 5, 2], [3, 5, 5]];

        EntropyWeights.Compute(rows, [true, true, true]).Weights[1].ShouldBe(0);
        CriticWeights.Compute(rows, [true, true, true]).Weights[1].ShouldBe(0);
    }

    [Fact]
    public void Entropy_on_raw_values_rejects_negative_values() =>
        Should.Throw<DecisionInputException>(() => EntropyWeights.Compute([[1, -2], [2, 3]], [true, true]))
            .Message.ShouldContain("min-max");
}
