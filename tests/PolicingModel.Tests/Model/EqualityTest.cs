namespace PolicingModel.Tests.Model;

/// <summary>Records that hold collections compare their contents, not references (the compiler's default would not).</summary>
public sealed class EqualityTest
{
    [Fact]
    public void Arrests_built_separately_with_equal_offence_lists_are_equal()
    {
        Arrest first = Examples.Arrest();
        Arrest second = Examples.Arrest();
        first.Should().Be(second);
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

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

    [Fact]
    public void Equatable_array_default_equals_empty()
    {
        EquatableArray<int> empty = [];
        default(EquatableArray<int>).Equals(empty).Should().BeTrue();
        (default(EquatableArray<int>) == empty).Should().BeTrue();
        default(EquatableArray<int>).Length.Should().Be(0);
        (((EquatableArray<int>)[1, 2]) != [2, 1]).Should().BeTrue();
    }

    [Fact]
    public void Bail_conditions_compare_by_kind_and_value()
    {
        new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)).Should().Be(new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)));
        ((BailCondition)new Doorstep()).Should().NotBe(new SurrenderPassport());
        new NotToAttendEvent(CarnivalRaidsOperation.NottingHillCarnival2023).Should().Be(new NotToAttendEvent(CarnivalRaidsOperation.NottingHillCarnival2023));
    }

    [Fact]
    public void Quantities_in_different_units_never_add()
    {
        Action act = () => _ = new Quantity(3m, QuantityUnit.Grams) + new Quantity(2m, QuantityUnit.Wraps);
        act.Should().Throw<InvalidOperationException>().WithMessage("*different units*");
        (new Quantity(1m, QuantityUnit.Kilograms) + new Quantity(250m, QuantityUnit.Grams, Precision.Approximate))
            .Should().Be(new Quantity(1250m, QuantityUnit.Grams, Precision.Approximate));
    }

    [Theory]
    [InlineData(Precision.Exact, Precision.Exact, Precision.Exact)]
    [InlineData(Precision.Exact, Precision.AtLeast, Precision.AtLeast)]
    [InlineData(Precision.AtLeast, Precision.MoreThan, Precision.MoreThan)]
    [InlineData(Precision.MoreThan, Precision.Approximate, Precision.Approximate)]
    [InlineData(Precision.Estimated, Precision.Estimated, Precision.Estimated)]
    [InlineData(Precision.Estimated, Precision.Approximate, Precision.Approximate)]
    public void Precision_of_a_sum(Precision left, Precision right, Precision expected)
    {
        left.CombineWith(right).Should().Be(expected);
        right.CombineWith(left).Should().Be(expected);
    }
}
