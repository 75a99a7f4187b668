namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>
    /// True when <paramref name="condition"/> keeps a person away from <paramref name="event"/>: a
    /// <see cref="NotToAttendEvent"/> naming the event (matched by <see cref="PublicEvent.Id"/>), or an
    /// <see cref="ExclusionZone"/> whose area contains the event's location (<see cref="Place.IsWithin"/>: an exclusion
    /// from Kensington and Chelsea covers a carnival in Notting Hill). Dates are not considered here.
    /// </summary>
    /// <param name="condition">The condition.</param>
    /// <param name="event">The event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Immediate.</remarks>
    public static bool Bans(this BailCondition condition, PublicEvent @event)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        return condition switch
        {
            NotToAttendEvent notToAttend => notToAttend.Event.Id == @event.Id,
            ExclusionZone zone => @event.Location.IsWithin(zone.Area),
            _ => false,
        };
    }
}
