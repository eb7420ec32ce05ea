using VendorAdvisor.Domain.Regulation;

namespace VendorAdvisor.Domain.Tests.Regulation;

/// <summary>PATCH semantics of the profile's regulatory facts: what a change leaves out stays as it was.</summary>
public sealed class RegulatoryFactsTests
{
    [Fact]
    public void A_change_replaces_only_the_fields_it_sets()
    {
        var current = new RegulatoryFacts { PersonalInformationSubjectsPerYear = 50_000, MlpsLevel = 2, PublicWebsiteInMainland = true };
        var merged = RegulatoryFacts.Merge(current, new RegulatoryFacts { MlpsLevel = 3, CoreData = false });
        merged.ShouldBe(current with { MlpsLevel = 3, CoreData = false });
    }

    [Fact]
    public void Changed_keeps_only_what_differs_and_is_empty_when_nothing_does()
    {
        var current = new RegulatoryFacts { PersonalInformationSubjectsPerYear = 50_000, TransferExemptions = ["cross-border-hr"] };
        RegulatoryFacts.Changed(current, current with { TransferExemptions = ["cross-border-hr"] }).IsEmpty.ShouldBeTrue();
        var changed = RegulatoryFacts.Changed(current, new RegulatoryFacts { PersonalInformationSubjectsPerYear = 60_000, ImportantData = true, TransferExemptions = ["cross-border-hr"] });
        changed.PersonalInformationSubjectsPerYear.ShouldBe(60_000);
        changed.ImportantData.ShouldBe(true);
        changed.TransferExemptions.ShouldBeNull();
        changed.MlpsLevel.ShouldBeNull();
        RegulatoryFacts.Changed(null, new RegulatoryFacts { MlpsLevel = 1 }).MlpsLevel.ShouldBe(1);
    }

    [Fact]
    public void No_facts_is_empty_and_any_fact_is_not()
    {
        new RegulatoryFacts().IsEmpty.ShouldBeTrue();
        new RegulatoryFacts { TransferExemptions = [] }.IsEmpty.ShouldBeFalse();
        new RegulatoryFacts { CoreData = false }.IsEmpty.ShouldBeFalse();
    }
}
