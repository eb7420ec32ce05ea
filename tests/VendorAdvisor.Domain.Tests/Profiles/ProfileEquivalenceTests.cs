using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Domain.Tests.Profiles;

public sealed class ProfileEquivalenceTests
{
    private static Dictionary<string, double> Priorities(params (string Criterion, double Value)[] entries) =>
        entries.ToDictionary(e => e.Criterion, e => e.Value, StringComparer.Ordinal);

    private static ProfileConstraints Constraints(string[] excluded, params (string Criterion, double Value)[] minimums) =>
        new() { ExcludedVendors = excluded, MinimumScores = Priorities(minimums) };

    [Fact]
    public void No_priorities_and_empty_priorities_say_the_same()
    {
        ProfileEquivalence.SamePriorities(null, Priorities()).ShouldBeTrue();
        ProfileEquivalence.SamePriorities(Priorities(), null).ShouldBeTrue();
        ProfileEquivalence.SamePriorities(null, null).ShouldBeTrue();
    }

    [Fact]
    public void Priorities_differ_by_a_value_a_criterion_or_a_count()
    {
        ProfileEquivalence.SamePriorities(Priorities(("price", 3), ("latency", 2)), Priorities(("latency", 2), ("price", 3))).ShouldBeTrue();
        ProfileEquivalence.SamePriorities(Priorities(("price", 3)), Priorities(("price", 4))).ShouldBeFalse();
        ProfileEquivalence.SamePriorities(Priorities(("price", 3)), Priorities(("latency", 3))).ShouldBeFalse();
        ProfileEquivalence.SamePriorities(Priorities(("price", 3)), Priorities(("price", 3), ("latency", 1))).ShouldBeFalse();
        ProfileEquivalence.SamePriorities(Priorities(("price", 3)), null).ShouldBeFalse();
        ProfileEquivalence.SamePriorities(null, Priorities(("price", 3))).ShouldBeFalse();
    }

    [Fact]
    public void Constraints_that_exclude_nothing_and_ask_for_nothing_are_no_constraints()
    {
        ProfileEquivalence.NoConstraints(null).ShouldBeTrue();
        ProfileEquivalence.NoConstraints(Constraints([])).ShouldBeTrue();
        ProfileEquivalence.NoConstraints(Constraints(["aws-china"])).ShouldBeFalse();
        ProfileEquivalence.NoConstraints(Constraints([], ("price", 5))).ShouldBeFalse();
        ProfileEquivalence.SameConstraints(null, Constraints([])).ShouldBeTrue();
        ProfileEquivalence.SameConstraints(Constraints([]), null).ShouldBeTrue();
    }

    [Fact]
    public void Excluded_vendors_compare_in_any_order_and_minimums_by_value()
    {
        ProfileEquivalence.SameConstraints(
            Constraints(["tencent-cloud", "aws-china"], ("price", 5)),
            Constraints(["aws-china", "tencent-cloud"], ("price", 5))).ShouldBeTrue();
        ProfileEquivalence.SameConstraints(Constraints(["aws-china"]), Constraints(["tencent-cloud"])).ShouldBeFalse();
        ProfileEquivalence.SameConstraints(Constraints(["aws-china"]), Constraints(["aws-china", "aws-china"])).ShouldBeFalse();
        ProfileEquivalence.SameConstraints(Constraints([], ("price", 5)), Constraints([], ("price", 6))).ShouldBeFalse();
        ProfileEquivalence.SameConstraints(Constraints(["aws-china"]), null).ShouldBeFalse();
        ProfileEquivalence.SameConstraints(null, Constraints(["aws-china"])).ShouldBeFalse();
    }
}
