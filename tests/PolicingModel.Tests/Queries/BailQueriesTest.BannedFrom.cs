using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

public sealed partial class BailQueriesTest
{
    [Fact]
    public void BannedFrom_during_the_carnival()
    {
        EventBan[] bans = [.. All.BannedFrom(Carnival, DuringCarnival)];

        Ids(bans.Select(b => b.Arrest)).Should().Equal("banned", "excluded", "charged");
        bans[0].Condition.Should().Be(new NotToAttendEvent(Carnival));
        bans[0].Bail.Should().Be(((Bailed)Banned.Outcome).Bail);
        bans[1].Condition.Should().BeOfType<ExclusionZone>();
    }

    [Fact]
    public void BannedFrom_the_day_before_includes_a_condition_ending_that_day()
    {
        Ids(All.BannedFrom(Carnival, DayBefore).Select(b => b.Arrest)).Should().Equal("banned", "condition-ended", "excluded", "charged");
    }

    [Fact]
    public void BannedFrom_after_every_bail_has_ended_is_empty()
    {
        All.BannedFrom(Carnival, LongAfter).Should().BeEmpty();
    }

    [Fact]
    public void BannedFrom_across_operations()
    {
        var operation = new Operation(
            new OperationId("op"), "Raids", PoliceForce.Metropolitan, new Interval(All[0].ArrestedAt, null), arrests: [.. All]);

        Ids(new[] { operation, CarnivalRaidsOperation.Operation }.BannedFrom(Carnival, DuringCarnival).Select(b => b.Arrest))
            .Should().Equal("banned", "excluded", "charged");
    }

    [Fact]
    public void BannedFrom_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().BannedFrom(Carnival, DuringCarnival);
        new BreakingSequence<Operation>().BannedFrom(Carnival, DuringCarnival);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).BannedFrom(Carnival, DuringCarnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().BannedFrom(null!, DuringCarnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("event");
        FluentActions.Invoking(() => ((IEnumerable<Operation>)null!).BannedFrom(Carnival, DuringCarnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Operation>().BannedFrom(null!, DuringCarnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("event");
    }

    [Fact]
    public void Bans_covers_the_event_and_exclusion_zones_around_it()
    {
        new NotToAttendEvent(Carnival).Bans(Carnival).Should().BeTrue();
        new ExclusionZone(Place.InBorough(LondonBorough.KensingtonAndChelsea)).Bans(Carnival).Should().BeTrue();
        new ExclusionZone(Place.InForceArea(PoliceForce.Metropolitan)).Bans(Carnival).Should().BeTrue();
        new ExclusionZone(Place.InBorough(LondonBorough.Lewisham)).Bans(Carnival).Should().BeFalse();
        new Residence().Bans(Carnival).Should().BeFalse();
        FluentActions.Invoking(() => ((BailCondition)null!).Bans(Carnival)).Should().Throw<ArgumentNullException>().WithParameterName("condition");
        FluentActions.Invoking(() => new Residence().Bans(null!)).Should().Throw<ArgumentNullException>().WithParameterName("event");
    }

    [Fact]
    public void BailOf_reads_pre_and_post_charge_bail_only()
    {
        Banned.BailOf().Should().NotBeNull();
        ChargedWithCourtBail.BailOf()!.Kind.Should().Be(BailKind.Court);
        UnderInvestigation.BailOf().Should().BeNull();
        FluentActions.Invoking(() => ((Arrest)null!).BailOf()).Should().Throw<ArgumentNullException>().WithParameterName("arrest");
    }
}
