using PolicingModel.Reporting;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Reporting;

/// <summary>Closures render as actions at a place; parts of the arrests by age or sex render as parts and never swell the whole.</summary>
public sealed class ClosuresAndPartsTest
{
    [Fact]
    public void A_closure_order_and_notices_render_where_they_were()
    {
        Operation.Builder builder = new(new OperationId("op"), "Operation Cuckoo", PoliceForce.Metropolitan, Operation.Day(new LocalDate(2024, 5, 1)));
        builder.Closures.Add(new PremisesClosure(ClosureKind.ClosureOrder, Place.InBorough(LondonBorough.Lambeth), PremisesKind.Residential));
        builder.Closures.Add(new PremisesClosure(ClosureKind.ClosureNotice, Place.InBorough(LondonBorough.Croydon)));
        builder.Closures.Add(new PremisesClosure(ClosureKind.ClosureNotice, Place.InBorough(LondonBorough.Croydon)));
        string text = PressReleaseRenderer.Render(builder.ToOperation());
        text.Should().Contain("– Two closure notices issued on premises in Croydon;").And.Contain("– a closure order obtained for premises in Lambeth.");
    }

    [Fact]
    public void Arrests_under_18_are_a_part_of_the_total_not_added_to_it()
    {
        Operation operation = new Operation.Builder(new OperationId("op"), "Week of action", PoliceForce.Kent, Operation.Week(new LocalDate(2024, 11, 11)))
            .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(40))
            .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(12), ages: Age.Between(0, 17)))
            .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.MoreThan(20), sex: Sex.Male, ages: Age.Between(18, 24)))
            .ToOperation();
        OperationSummary.Of(operation).Arrests.Should().Be(ReportedCount.Exactly(40));
        string text = PressReleaseRenderer.Render(operation);
        text.Should().Contain("– 40 arrests;").And.Contain("– 12 of those arrested were aged under 18;").And.Contain("– more than 20 of those arrested were male aged 18 to 24.");
        OperationValidator.Validate(operation).Problems.Should().BeEmpty();
    }
}
