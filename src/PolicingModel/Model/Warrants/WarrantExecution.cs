namespace PolicingModel;

/// <summary>
/// When a warrant was executed and what it found. A dawn raid at 05:00 is recorded as it happened, not rejected:
/// whether the hour was reasonable is a rule (PACE s.16(4)), reported by validation. A time the source gives only
/// vaguely ("in the early hours of 12 May") is recorded as such (<see cref="Known"/>), never as an invented hour.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record WarrantExecution
{
    /// <summary>Records an execution.</summary>
    /// <param name="at">The moment entry was made; when <paramref name="known"/> is not exact, the start of what is known.</param>
    /// <param name="result">What it found.</param>
    /// <param name="known">How much of the time the source gives.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined result or time known.</exception>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not the start of a vague time (see <see cref="TimeKnown"/>).</exception>
    public WarrantExecution(Instant at, WarrantResult result = WarrantResult.NotReported, TimeKnown known = TimeKnown.Exact)
    {
        Known = TimesKnown.Check(ModelCalendar.Check(at), known, nameof(at), nameof(known));
        At = at;
        Result = Preconditions.CheckDefined(result);
    }

    /// <summary>An execution on <paramref name="date"/> known only as vaguely as <paramref name="known"/>: <c>WarrantExecution.On(date, TimeKnown.EarlyHours)</c>.</summary>
    /// <param name="date">The date the source gives.</param>
    /// <param name="known">What is known of the time; <see cref="TimeKnown.Day"/> for the date alone.</param>
    /// <param name="result">What it found.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="known"/> is exact or undefined.</exception>
    public static WarrantExecution On(LocalDate date, TimeKnown known = TimeKnown.Day, WarrantResult result = WarrantResult.NotReported) =>
        new(TimesKnown.Start(date, known), result, known);

    /// <summary>The moment entry was made, or the start of what is known of it.</summary>
    public Instant At { get; }

    /// <summary>How much of the time the source gives.</summary>
    public TimeKnown Known { get; }

    /// <summary>Every instant the execution may have been (one instant when exact).</summary>
    public Interval Span => TimesKnown.Span(At, Known);

    /// <summary>What it found.</summary>
    public WarrantResult Result { get; }
}
