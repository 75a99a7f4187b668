using System.Runtime.CompilerServices;

namespace PolicingModel;

/// <summary>
/// The instants and dates a record may hold: those the JSON contract writes (years 0001 to 9999, instants in UTC),
/// less two days at the start (whose London date is still a date a record may hold) and a year at the end, so that every rule (which adds at most nine months to a date, or
/// 120 hours to an instant, and converts instants to London time) stays inside the calendar. Constructors refuse
/// anything outside with an <see cref="ArgumentOutOfRangeException"/>, and the reader therefore refuses it as
/// <c>InvalidValue</c>.
/// </summary>
public static class ModelCalendar
{
    /// <summary>The earliest instant: 0001-01-03T00:00:00Z (its London date, in local mean time, is <see cref="MinDate"/>).</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1, 1, 3, 0, 0);

    /// <summary>The latest instant: 9998-12-31T23:59:59.999999999Z.</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(9999, 1, 1, 0, 0) - Duration.Epsilon;

    /// <summary>The earliest date: 0001-01-02.</summary>
    public static LocalDate MinDate { get; } = new(1, 1, 2);

    /// <summary>The latest date: 9998-12-31.</summary>
    public static LocalDate MaxDate { get; } = new(9998, 12, 31);

    internal static Instant Check(Instant value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < MinInstant || value > MaxInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between 0001-01-03 and 9998-12-31 (UTC), the instants a record may hold (ModelCalendar).");
        }
        return value;
    }

    internal static Instant? Check(Instant? value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        value is { } v ? Check(v, paramName) : null;

    internal static LocalDate Check(LocalDate value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.Calendar != CalendarSystem.Iso || value < MinDate || value > MaxDate)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be an ISO date between 0001-01-02 and 9998-12-31, the dates a record may hold (ModelCalendar).");
        }
        return value;
    }

    internal static LocalDate? Check(LocalDate? value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        value is { } v ? Check(v, paramName) : null;

    internal static YearMonth? Check(YearMonth? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value is { } v && (v.Calendar != CalendarSystem.Iso || v.Year < 1 || v.Year > MaxDate.Year))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"{paramName} must be an ISO month from 0001-01 to 9998-12, the months a record may hold (ModelCalendar).");
        }
        return value;
    }

    // For personal data (a date of birth): the message never quotes the value.
    internal static LocalDate? CheckWithoutValue(LocalDate? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value is { } v && (v.Calendar != CalendarSystem.Iso || v < MinDate || v > MaxDate))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{paramName} must be an ISO date between 0001-01-02 and 9998-12-31, the dates a record may hold (ModelCalendar); the value is not quoted.");
        }
        return value;
    }

    internal static DateInterval? Check(DateInterval? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value is not null)
        {
            Check(value.Start, paramName);
            Check(value.End, paramName);
        }
        return value;
    }

    // An interval's ends, where it has them (an open end is allowed by the records that allow one).
    internal static Interval Check(Interval value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.HasStart)
        {
            Check(value.Start, paramName);
        }
        if (value.HasEnd)
        {
            Check(value.End, paramName);
        }
        return value;
    }
}
