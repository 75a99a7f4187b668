using NodaTime;

namespace PolicingModel.Tests.Reporting;

public sealed partial class ReportedPhrasesTest
{
    [Fact]
    public void A_week_of_action_is_dated_by_its_first_and_last_day()
    {
        var builder = new Operation.Builder(new OperationId("op"), "Week of action", PoliceForce.Kent, Operation.Days(Monday, Monday.PlusDays(4)));
        builder.Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(12));

        Lines(builder).Should().Contain("Between Monday 3 and Friday 7 March 2025, officers executed 12 warrants.");
    }

    [Fact]
    public void A_week_without_warrants_says_when_it_ran()
    {
        var builder = new Operation.Builder(new OperationId("op"), "Week of action", PoliceForce.Kent, Operation.Week(Monday));
        builder.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(19));

        Lines(builder).Should().Contain("The operation ran between Monday 3 and Sunday 9 March 2025.");
    }

    [Fact]
    public void A_one_day_operation_is_dated_on_its_day()
    {
        Lines(OneDay().Report(ReportedMeasure.Arrests, ReportedCount.Exactly(3)))
            .Should().Contain("The operation ran on Monday 3 March 2025.");
    }

    [Fact]
    public void An_open_ended_operation_began_on_its_first_day()
    {
        var builder = new Operation.Builder(
            new OperationId("op"), "Ongoing operation", PoliceForce.Kent, new Interval(EnglandAndWales.InstantOf(Monday.AtMidnight()), null));
        builder.Report(ReportedMeasure.Arrests, ReportedCount.MoreThan(30));

        Lines(builder).Should().Contain("The operation began on Monday 3 March 2025.");
    }

    [Fact]
    public void An_operation_over_the_days_of_its_event_is_linked_to_it_not_ahead_of_it()
    {
        var during = new Operation.Builder(new OperationId("op"), "Carnival", PoliceForce.Metropolitan, Operation.Days(new LocalDate(2019, 8, 25), new LocalDate(2019, 8, 26)));
        during.LinkedEvent = PolicingModel.Reference.NottingHillCarnival.For(2019);
        during.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(353));
        var before = new Operation.Builder(new OperationId("op"), "Raids", PoliceForce.Metropolitan, Operation.Day(new LocalDate(2019, 8, 20)));
        before.LinkedEvent = PolicingModel.Reference.NottingHillCarnival.For(2019);
        before.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(20));

        Lines(during).Should().Contain(l => l.EndsWith("The operation was linked to Notting Hill Carnival (Sunday 25 to Monday 26 August 2019).", StringComparison.Ordinal));
        Lines(before).Should().Contain(l => l.EndsWith("The operation ran ahead of Notting Hill Carnival (Sunday 25 to Monday 26 August 2019).", StringComparison.Ordinal));
    }
}
