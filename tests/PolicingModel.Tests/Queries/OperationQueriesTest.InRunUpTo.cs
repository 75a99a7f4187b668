using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

public sealed partial class OperationQueriesTest
{
    private static readonly PublicEvent Carnival = CarnivalRaidsOperation.NottingHillCarnival2023;
    private static readonly Operation[] Operations = [CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation];

    [Theory]
    [InlineData(5, true)]
    [InlineData(7, true)]
    [InlineData(4, false)]
    [InlineData(0, false)]
    public void InRunUpTo_counts_calendar_days_before_the_first_day(int days, bool included)
    {
        // The raids were on Tuesday 22 August; the carnival began on Sunday 27 August: five days before.
        Operations.InRunUpTo(Carnival, days).Should().HaveCount(included ? 1 : 0);
    }

    [Fact]
    public void InRunUpTo_excludes_operations_starting_after_the_event_starts()
    {
        Instant sundayEvening = EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 27, 18, 0));
        Instant sundayDawn = EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 27, 5, 0));
        Operation Starting(string id, Instant at) => new(new OperationId(id), id, PoliceForce.Metropolitan, new Interval(at, null));

        Operation[] operations = [Starting("evening", sundayEvening), Starting("dawn", sundayDawn)];

        operations.InRunUpTo(Carnival, 0).Select(o => o.Id.Value).Should().Equal("dawn");
    }

    [Fact]
    public void InRunUpTo_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Operation>().InRunUpTo(Carnival, 7);
        FluentActions.Invoking(() => ((IEnumerable<Operation>)null!).InRunUpTo(Carnival, 7))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Operation>().InRunUpTo(null!, 7))
            .Should().Throw<ArgumentNullException>().WithParameterName("event");
        FluentActions.Invoking(() => new BreakingSequence<Operation>().InRunUpTo(Carnival, -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }
}
