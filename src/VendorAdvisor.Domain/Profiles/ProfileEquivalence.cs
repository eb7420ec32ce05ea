namespace VendorAdvisor.Domain.Profiles;

/// <summary>
/// When two of a client's priorities or constraints say the same thing. A change that says the same thing records
/// nothing, and a comparison of two recommendations names only what differs, so both ask here: null and empty say
/// nothing, and the order of excluded vendors does not matter.
/// </summary>
public static class ProfileEquivalence
{
    /// <summary>Whether two sets of priorities name the same criteria with the same values (null is none).</summary>
    public static bool SamePriorities(IReadOnlyDictionary<string, double>? a, IReadOnlyDictionary<string, double>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0)
        && (a is null || a.All(pair => b!.TryGetValue(pair.Key, out var value) && value == pair.Value));

    /// <summary>Whether constraints exclude nothing and ask for no minimum.</summary>
    public static bool NoConstraints(ProfileConstraints? constraints) =>
        constraints is null || (constraints.ExcludedVendors.Count == 0 && constraints.MinimumScores.Count == 0);

    /// <summary>Whether two constraints exclude the same vendors (in any order) and ask for the same minimums.</summary>
    public static bool SameConstraints(ProfileConstraints? a, ProfileConstraints? b) =>
        NoConstraints(a) ? NoConstraints(b)
        : !NoConstraints(b)
          && a!.ExcludedVendors.Order(StringComparer.Ordinal).SequenceEqual(b!.ExcludedVendors.Order(StringComparer.Ordinal), StringComparer.Ordinal)
          && SamePriorities(a.MinimumScores, b.MinimumScores);
}
