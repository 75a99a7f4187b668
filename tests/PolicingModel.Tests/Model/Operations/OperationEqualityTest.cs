using PolicingModel.Samples;

namespace PolicingModel.Tests.Model;

/// <summary>Operations compare every list by content: cloned lists are equal, one changed element is not.</summary>
public sealed class OperationEqualityTest
{
    [Fact]
    public void Operations_with_cloned_lists_are_equal_and_differ_when_one_element_differs()
    {
        Operation original = CountyLinesWarrantsOperation.Operation;
        Operation clone = new(
            original.Id, original.Name, original.LeadForce, original.Period, original.LeadUnit, original.Campaign, original.Purpose,
            original.Focus.ToList().ToEquatableArray(), original.SupportingUnits.ToList().ToEquatableArray(),
            original.PartnerForces.ToList().ToEquatableArray(), original.LinkedEvent, original.InvestigationStarted,
            original.Warrants.ToList().ToEquatableArray(), original.Arrests.ToList().ToEquatableArray(),
            original.Seizures.ToList().ToEquatableArray(), original.Safeguarding.ToList().ToEquatableArray(),
            original.ReportedTotals.ToList().ToEquatableArray(), original.Sources.ToList().ToEquatableArray());
        clone.Should().Be(original);
        clone.GetHashCode().Should().Be(original.GetHashCode());

        Operation changed = new(
            original.Id, original.Name, original.LeadForce, original.Period,
            arrests: [.. original.Arrests.Take(6), original.Arrests[6].WithOutcome(new ReleasedUnderInvestigation())]);
        changed.Should().NotBe(original);
    }
}
