namespace VendorAdvisor.Domain.Scoring;

/// <summary>Counts a sensitivity analysis's scorings and rankings against its budget (see
/// <see cref="SensitivityAnalysis.WorkBudget"/> for their costs).</summary>
internal sealed class SensitivityWorkMeter(long budget, int alternatives, int criteria)
{
    private readonly long scoring = (long)alternatives * criteria;
    private readonly long ranking = (long)alternatives * criteria * (alternatives + 2) / 2;
    private long used;

    public bool Exhausted => used > budget;

    public void ChargeScoring(int scorings = 1) => used += scorings * scoring;

    public void ChargeRanking(int rankings = 1) => used += rankings * ranking;
}
