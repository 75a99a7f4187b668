using NodaTime;
using NodaTime.Testing;
using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class BailQueriesTest
{
    [Fact]
    public void BailEndingWithin_looks_ahead_from_today_in_London()
    {
        // 23:30 UTC on 24 August is 00:30 on 25 August in London (BST): today is the 25th.
        var clock = new FakeClock(Instant.FromUtc(2023, 8, 24, 23, 30));

        Ids(All.BailEndingWithin(clock, Period.FromDays(0))).Should().Equal("bail-ended");
        Ids(All.BailEndingWithin(clock, Period.FromWeeks(4))).Should().Equal("bail-ended", "charged");
        Ids(All.BailEndingWithin(clock, Period.FromMonths(3))).Should().Equal("banned", "bail-ended", "condition-ended", "excluded", "excluded-elsewhere", "charged");
    }

    [Fact]
    public void BailEndingWithin_reads_the_clock_when_enumerated()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 8, 20, 12, 0));
        IEnumerable<Arrest> query = All.BailEndingWithin(clock, Period.FromDays(7));
        clock.Reset(Instant.FromUtc(2023, 9, 18, 12, 0));
        Ids(query).Should().Equal("charged");
    }

    [Fact]
    public void BailEndingWithin_is_deferred_and_checks_arguments_at_once()
    {
        var clock = new FakeClock(Instant.FromUtc(2023, 8, 20, 12, 0));
        new BreakingSequence<Arrest>().BailEndingWithin(clock, Period.FromDays(7));
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).BailEndingWithin(clock, Period.FromDays(7)))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().BailEndingWithin(null!, Period.FromDays(7)))
            .Should().Throw<ArgumentNullException>().WithParameterName("clock");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().BailEndingWithin(clock, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().BailEndingWithin(clock, Period.FromHours(5)))
            .Should().Throw<ArgumentException>().WithParameterName("window");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().BailEndingWithin(clock, Period.FromDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("window");
    }
}
