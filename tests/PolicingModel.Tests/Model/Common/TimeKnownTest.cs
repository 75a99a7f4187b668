namespace PolicingModel.Tests.Model;

/// <summary>A time known only vaguely is recorded at the start of what is known, spans every instant it may have been, and is never turned into an invented hour.</summary>
public sealed class TimeKnownTest
{
    private static readonly LocalDate Sunday = new(2024, 5, 12);

    [Theory]
    [InlineData(TimeKnown.Day, 0, 24)]
    [InlineData(TimeKnown.EarlyHours, 0, 6)]
    [InlineData(TimeKnown.Morning, 6, 12)]
    [InlineData(TimeKnown.Afternoon, 12, 18)]
    [InlineData(TimeKnown.Evening, 18, 24)]
    [InlineData(TimeKnown.Overnight, 18, 30)]
    public void A_vague_time_spans_its_London_hours(TimeKnown known, int fromHour, int toHour)
    {
        WarrantExecution execution = WarrantExecution.On(Sunday, known);
        LocalDateTime start = Sunday.AtMidnight().PlusHours(fromHour);
        execution.Span.Should().Be(new Interval(EnglandAndWales.InstantOf(start), EnglandAndWales.InstantOf(Sunday.AtMidnight().PlusHours(toHour))));
        EnglandAndWales.LocalAt(execution.At).Should().Be(start, "the instant recorded is the start of what is known (BST is handled by the zone)");
    }

    [Fact]
    public void An_exact_time_spans_one_instant()
    {
        Instant at = EnglandAndWales.InstantOf(Sunday.At(new LocalTime(5, 0)));
        new WarrantExecution(at).Span.Should().Be(new Interval(at, at));
    }

    [Fact]
    public void An_invented_hour_on_a_vague_time_is_refused_naming_the_member()
    {
        Instant fiveAm = EnglandAndWales.InstantOf(Sunday.At(new LocalTime(5, 0)));
        Action act = () => _ = new WarrantExecution(fiveAm, known: TimeKnown.EarlyHours);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("at");
        Action arrest = () => _ = Examples.Arrest("a1", fiveAm).ToBuilder() is { } b ? SetKnown(b) : null;
        arrest.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("arrestedAt");
    }

    private static Arrest SetKnown(Arrest.Builder builder)
    {
        builder.TimeKnown = TimeKnown.Morning;
        return builder.ToArrest();
    }
}
