namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>
    /// The bans on <paramref name="event"/> that lapse before it begins: conditions that <see cref="Bans"/> the event
    /// where the bail's current answer date, or the condition's own period, ends before the event's first day. These
    /// are the people a control room should not expect to be kept away.
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="event">The event.</param>
    /// <returns>One <see cref="EventBan"/> per lapsing condition, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="event"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<EventBan> LapsingBefore(this IEnumerable<Arrest> source, PublicEvent @event)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        LocalDate firstDay = @event.FirstDay;
        return Iterator();

        IEnumerable<EventBan> Iterator()
        {
            foreach (Arrest arrest in source)
            {
                if (arrest.BailOf() is not { } bail)
                {
                    continue;
                }
                bool bailEnds = bail.CurrentAnswerOn is { } answer && answer < firstDay;
                foreach (BailCondition condition in bail.Conditions)
                {
                    if (condition.Bans(@event) && (bailEnds || (condition.AppliesDuring is { } period && period.End < firstDay)))
                    {
                        yield return new EventBan(arrest, bail, condition);
                    }
                }
            }
        }
    }
}
