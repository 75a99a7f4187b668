namespace PolicingModel;

/// <summary>Facts about the jurisdiction that every record shares.</summary>
public static class EnglandAndWales
{
    /// <summary>
    /// The civil time zone of England and Wales, <c>Europe/London</c>, from the TZDB embedded in NodaTime (never the
    /// machine's local zone). Local dates and times in this library ("05:00 on 29 October") are in this zone.
    /// </summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The local date in England and Wales at <paramref name="instant"/>.</summary>
    /// <param name="instant">A moment.</param>
    public static LocalDate DateAt(Instant instant) => instant.InZone(TimeZone).Date;

    /// <summary>The local date and time in England and Wales at <paramref name="instant"/>.</summary>
    /// <param name="instant">A moment.</param>
    public static LocalDateTime LocalAt(Instant instant) => instant.InZone(TimeZone).LocalDateTime;

    /// <summary>
    /// The instant of a local date and time in England and Wales. In the autumn overlap the earlier of the two
    /// instants is taken; in the spring gap the time is shifted forward by the length of the gap (NodaTime's lenient
    /// resolver), so this never throws for a real date.
    /// </summary>
    /// <param name="local">A local date and time.</param>
    public static Instant InstantOf(LocalDateTime local) => local.InZoneLeniently(TimeZone).ToInstant();
}
