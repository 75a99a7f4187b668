namespace PolicingModel;

/// <summary>
/// How much of a time the source gives. Press releases say "in the early hours", "overnight", or give only a date; an
/// instant recorded with a <see cref="TimeKnown"/> other than <see cref="Exact"/> is the <em>start</em> of what is known
/// (London midnight of the day, 00:00 for the early hours, 18:00 for overnight), and <see cref="TimesKnown.Span"/> is
/// every instant it may have been. Renderings never print a time that is not exact, and validation and rules decide
/// only what the whole span decides.
/// </summary>
public enum TimeKnown
{
    /// <summary>The instant is the time.</summary>
    [WireCode("exact")]
    Exact = 0,

    /// <summary>Only the date: London midnight to midnight.</summary>
    [WireCode("day")]
    Day = 1,

    /// <summary>"In the early hours": 00:00 to 06:00 London time.</summary>
    [WireCode("early-hours")]
    EarlyHours = 2,

    /// <summary>"In the morning": 06:00 to 12:00 London time.</summary>
    [WireCode("morning")]
    Morning = 3,

    /// <summary>"In the afternoon": 12:00 to 18:00 London time.</summary>
    [WireCode("afternoon")]
    Afternoon = 4,

    /// <summary>"In the evening": 18:00 to midnight London time.</summary>
    [WireCode("evening")]
    Evening = 5,

    /// <summary>"Overnight": 18:00 on the date to 06:00 the next day, London time.</summary>
    [WireCode("overnight")]
    Overnight = 6,
}

/// <summary>The span of possible instants a time as known stands for, and the instants that start them.</summary>
public static class TimesKnown
{
    /// <summary>The instant that starts <paramref name="known"/> on <paramref name="date"/> (London time).</summary>
    /// <param name="date">The date the source gives.</param>
    /// <param name="known">What is known of the time; not <see cref="TimeKnown.Exact"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="known"/> is exact or undefined.</exception>
    public static Instant Start(LocalDate date, TimeKnown known) => EnglandAndWales.InstantOf(date + StartOf(known));

    /// <summary>
    /// Every instant a time may have been: one instant (an empty interval at it) when exact; otherwise the London hours
    /// of the part of day, or the whole day, that starts at <paramref name="at"/>.
    /// </summary>
    /// <param name="at">The instant recorded (the start of what is known).</param>
    /// <param name="known">What is known of the time.</param>
    public static Interval Span(Instant at, TimeKnown known)
    {
        if (known == TimeKnown.Exact)
        {
            return new Interval(at, at);
        }
        LocalDate date = EnglandAndWales.DateAt(at);
        LocalDateTime end = known switch
        {
            TimeKnown.Day => date.PlusDays(1).AtMidnight(),
            TimeKnown.EarlyHours => date.At(new LocalTime(6, 0)),
            TimeKnown.Morning => date.At(new LocalTime(12, 0)),
            TimeKnown.Afternoon => date.At(new LocalTime(18, 0)),
            TimeKnown.Evening => date.PlusDays(1).AtMidnight(),
            TimeKnown.Overnight => date.PlusDays(1).At(new LocalTime(6, 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(known), known, "Undefined time known."),
        };
        return new Interval(at, EnglandAndWales.InstantOf(end));
    }

    // Checks that an instant recorded with a vague time is the start of its span, naming the parameter.
    internal static TimeKnown Check(Instant at, TimeKnown known, string atName, string knownName)
    {
        Preconditions.CheckDefined(known, knownName);
        if (known != TimeKnown.Exact)
        {
            LocalDateTime local = EnglandAndWales.LocalAt(at);
            Preconditions.CheckArgument(
                local.TimeOfDay == StartOf(known),
                atName,
                $"{atName} must be the start of what is known ({StartOf(known):HH':'mm} London time for {known}), not an invented time.");
        }
        return known;
    }

    private static LocalTime StartOf(TimeKnown known) => known switch
    {
        TimeKnown.Day or TimeKnown.EarlyHours => LocalTime.Midnight,
        TimeKnown.Morning => new LocalTime(6, 0),
        TimeKnown.Afternoon => LocalTime.Noon,
        TimeKnown.Evening or TimeKnown.Overnight => new LocalTime(18, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(known), known, "A start is defined only for a time that is not exact."),
    };
}
