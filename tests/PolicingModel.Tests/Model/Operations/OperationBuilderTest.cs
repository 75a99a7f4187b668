using PolicingModel.Samples;

namespace PolicingModel.Tests.Model;

/// <summary>Copying an operation with changes: the builder carries every value, and building checks them again.</summary>
public sealed class OperationBuilderTest
{
    private static readonly Operation CountyLines = CountyLinesWarrantsOperation.Operation;

    [Fact]
    public void A_builder_with_no_changes_builds_an_equal_operation()
    {
        CountyLines.ToBuilder().ToOperation().Should().Be(CountyLines);
        CarnivalRaidsOperation.Operation.ToBuilder().ToOperation().Should().Be(CarnivalRaidsOperation.Operation);
    }

    [Fact]
    public void Copying_with_one_arrest_added_changes_that_and_nothing_else()
    {
        Arrest late = WithId(CountyLines.Arrests[0].ToBuilder(), "late-arrest");
        Operation updated = CountyLines.WithArrest(late);
        updated.Arrests.Should().HaveCount(CountyLines.Arrests.Length + 1);
        updated.Arrests[^1].Should().Be(late);
        Operation.Builder builder = updated.ToBuilder();
        builder.Arrests.Remove(late).Should().BeTrue();
        builder.ToOperation().Should().Be(CountyLines, "everything else was carried over");
        CountyLines.Arrests.Should().NotContain(late, "the original is unchanged");
    }

    [Fact]
    public void Building_checks_every_value_as_the_constructor_does()
    {
        Operation.Builder builder = CountyLines.ToBuilder();
        builder.PartnerForces.Add(CountyLines.LeadForce);
        Action lead = () => builder.ToOperation();
        lead.Should().Throw<ArgumentException>().WithParameterName("partnerForces");

        builder = CountyLines.ToBuilder();
        builder.Name = " ";
        Action blank = () => builder.ToOperation();
        blank.Should().Throw<ArgumentException>().WithParameterName("name");

        builder = CountyLines.ToBuilder();
        builder.Arrests.Add(null!);
        Action nullArrest = () => builder.ToOperation();
        nullArrest.Should().Throw<ArgumentException>().WithParameterName("arrests");
    }

    [Fact]
    public void Changing_a_builder_after_building_does_not_reach_the_operation_built()
    {
        Operation.Builder builder = CountyLines.ToBuilder();
        Operation built = builder.ToOperation();
        builder.Arrests.Clear();
        builder.Name = "Another";
        built.Should().Be(CountyLines);
    }

    [Fact]
    public void A_new_operation_can_be_built_from_the_four_required_values()
    {
        Instant start = EnglandAndWales.InstantOf(new LocalDateTime(2024, 3, 12, 5, 0));
        var builder = new Operation.Builder(new OperationId("op-1"), "Warrants", PoliceForce.Kent, new Interval(start, null));
        builder.PartnerForces.Add(PoliceForce.Essex);
        Operation operation = builder.ToOperation();
        operation.PartnerForces.Should().Equal(PoliceForce.Essex);
        operation.Arrests.Should().BeEmpty();
    }

    [Fact]
    public void An_arrest_builder_round_trips_and_rechecks()
    {
        Arrest arrest = CountyLines.Arrests[1];
        arrest.ToBuilder().ToArrest().Should().Be(arrest);
        Arrest.Builder builder = arrest.ToBuilder();
        builder.Offences.Clear();
        Action none = () => builder.ToArrest();
        none.Should().Throw<ArgumentException>().WithParameterName("offences");
    }

    private static Arrest WithId(Arrest.Builder builder, string id)
    {
        builder.Id = new ArrestId(id);
        return builder.ToArrest();
    }
}
