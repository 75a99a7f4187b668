namespace PolicingModel.Reference;

/// <summary>
/// Notting Hill Carnival, held over the August bank holiday Sunday and Monday in Notting Hill, Ladbroke Grove and
/// Westbourne Park (mainly the Royal Borough of Kensington and Chelsea). Its dates are a rule, not a constant: the last
/// Monday of August and the Sunday before it.
/// </summary>
/// <remarks>
/// The rule gives the bank holiday weekend of any year; it does not know whether the carnival took place in person
/// that year, nor any year whose bank holiday was moved by proclamation. The daily hours in <see cref="For"/> are the
/// library's assumption of a typical carnival day, not law and not an official timetable.
/// </remarks>
public static class NottingHillCarnival
{
    /// <summary>The event name.</summary>
    public const string Name = "Notting Hill Carnival";

    /// <summary>The local time each day's session is assumed to start (10:00, an assumption, not law).</summary>
    public static LocalTime AssumedDailyStart { get; } = new(10, 0);

    /// <summary>The local time each day's session is assumed to end (20:00, an assumption, not law).</summary>
    public static LocalTime AssumedDailyEnd { get; } = new(20, 0);

    /// <summary>The Sunday and Monday of the carnival in <paramref name="year"/>: the last Monday of August and the day before.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static DateInterval DatesIn(int year)
    {
        Preconditions.CheckRange(year, 1, 9999);
        LocalDate monday = new LocalDate(year, 8, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return new DateInterval(monday.PlusDays(-1), monday);
    }

    /// <summary>
    /// The carnival of <paramref name="year"/> as a <see cref="PublicEvent"/>: id <c>notting-hill-carnival-{year}</c>,
    /// located in Notting Hill, Kensington and Chelsea, with one session a day on its Sunday and Monday from
    /// <see cref="AssumedDailyStart"/> to <see cref="AssumedDailyEnd"/>, London time (assumed hours, not law).
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static PublicEvent For(int year)
    {
        DateInterval dates = DatesIn(year);
        EquatableArray<Interval> sessions = [Session(dates.Start), Session(dates.End)];
        return new PublicEvent(
            new PublicEventId($"notting-hill-carnival-{year}"),
            Name,
            Place.InLondon("Notting Hill", LondonBorough.KensingtonAndChelsea),
            sessions);
    }

    private static Interval Session(LocalDate day) =>
        new(EnglandAndWales.InstantOf(day + AssumedDailyStart), EnglandAndWales.InstantOf(day + AssumedDailyEnd));
}
