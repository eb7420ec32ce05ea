using System.Globalization;

namespace VendorAdvisor.Domain.Scoring;

/// <summary>Checks a rectangular matrix of finite numbers given by rows and flattens it row-major.</summary>
internal static class MatrixInput
{
    public static (double[] Values, int M, int N) Flatten(IReadOnlyList<IReadOnlyList<double>> rows, int columns)
    {
        if (rows.Count == 0 || columns == 0)
        {
            throw new DecisionInputException("the matrix needs at least one alternative and one criterion.");
        }

        var flat = new double[rows.Count * columns];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null || rows[i].Count != columns)
            {
                throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture,
                    $"row {i} has {rows[i]?.Count ?? 0} values; every row needs one per criterion ({columns})."));
            }

            for (var j = 0; j < columns; j++)
            {
                var x = rows[i][j];
                if (!double.IsFinite(x))
                {
                    throw new DecisionInputException(string.Create(CultureInfo.InvariantCulture, $"value [{i}][{j}] must be a finite number."));
                }

                flat[(i * columns) + j] = x;
            }
        }

        return (flat, rows.Count, columns);
    }
}
