namespace PolicingModel;

/// <summary>Not to attend a named public event, such as Notting Hill Carnival: an exclusion in time and place.</summary>
public sealed record NotToAttendEvent : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="event">The event the person must not attend.</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentNullException">No event.</exception>
    public NotToAttendEvent(PublicEvent @event, DateInterval? appliesDuring = null)
        : base(appliesDuring) => Event = Preconditions.CheckNotNull(@event, nameof(@event));

    /// <summary>The event the person must not attend.</summary>
    public PublicEvent Event { get; }
}
