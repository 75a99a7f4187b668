namespace PolicingModel;

public sealed partial record Operation
{
    /// <summary>One calendar day in England and Wales, midnight to midnight London time: an operation "on Tuesday 4 June".</summary>
    /// <param name="date">The day.</param>
    public static Interval Day(LocalDate date) => Days(date, date);

    /// <summary>
    /// Calendar days from <paramref name="first"/> to <paramref name="last"/> inclusive, London time: "between Monday 3
    /// and Friday 7 March 2025".
    /// </summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, on or after <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Interval Days(LocalDate first, LocalDate last)
    {
        Preconditions.CheckArgument(last >= first, nameof(last), $"{nameof(last)} must be on or after {nameof(first)}.");
        DateTimeZone zone = EnglandAndWales.TimeZone;
        return new Interval(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(last.PlusDays(1)).ToInstant());
    }

    /// <summary>A week of action: seven calendar days from <paramref name="first"/>, London time.</summary>
    /// <param name="first">The first day.</param>
    public static Interval Week(LocalDate first) => Days(first, first.PlusDays(6));
}
