namespace PolicingModel;

/// <summary>
/// A public event that operations and bail conditions refer to, such as Notting Hill Carnival: where it is, and the
/// sessions (days and times) it runs. Its dates are facts of one year's event; rules that compute them (the carnival
/// is the last Monday of August and the day before) live in the Reference namespace.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record PublicEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">Stable id, such as <c>notting-hill-carnival-2023</c>.</param>
    /// <param name="name">Its name, such as "Notting Hill Carnival".</param>
    /// <param name="location">Where it takes place.</param>
    /// <param name="sessions">When it runs: one or more bounded intervals, in order and not overlapping.</param>
    /// <exception cref="ArgumentException">Unset id, blank name, missing location, no sessions, or sessions unbounded, out of order or overlapping.</exception>
    public PublicEvent(PublicEventId id, string name, Place location, EquatableArray<Interval> sessions)
    {
        Id = Identifier.CheckSet(id);
        Name = Preconditions.CheckNotBlank(name);
        Location = Preconditions.CheckNotNull(location);
        Preconditions.CheckArgument(!sessions.IsEmpty, nameof(sessions), $"{nameof(sessions)} must contain at least one interval.");
        for (int i = 0; i < sessions.Length; i++)
        {
            Interval session = sessions[i];
            ModelCalendar.Check(session, nameof(sessions));
            Preconditions.CheckArgument(session.HasStart && session.HasEnd && session.Start < session.End, nameof(sessions), $"{nameof(sessions)}[{i}] must have a start and an end after it.");
            Preconditions.CheckArgument(i == 0 || sessions[i - 1].End <= session.Start, nameof(sessions), $"{nameof(sessions)}[{i}] must start after the session before it ends.");
        }
        Sessions = sessions;
    }

    /// <summary>Stable id.</summary>
    public PublicEventId Id { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Where it takes place.</summary>
    public Place Location { get; }

    /// <summary>When it runs, in order.</summary>
    public EquatableArray<Interval> Sessions { get; }

    /// <summary>From the start of the first session to the end of the last.</summary>
    public Interval Span => new(Sessions[0].Start, Sessions[^1].End);

    /// <summary>The first day of the event, in England and Wales.</summary>
    public LocalDate FirstDay => EnglandAndWales.DateAt(Span.Start);

    /// <summary>True when a session is under way at <paramref name="instant"/>.</summary>
    /// <param name="instant">The moment to test.</param>
    public bool IsOnAt(Instant instant)
    {
        foreach (Interval session in Sessions)
        {
            if (session.Contains(instant))
            {
                return true;
            }
        }
        return false;
    }
}
