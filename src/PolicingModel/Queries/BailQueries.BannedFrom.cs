namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>
    /// Who is banned from <paramref name="event"/> at <paramref name="at"/> — the CCTV control-room question: every
    /// condition that <see cref="Bans"/> the event, of bail active on the date of <paramref name="at"/>
    /// (<see cref="Bail.IsActiveOn"/>), and itself applying that day (<see cref="BailCondition.AppliesOn"/>). Released
    /// under investigation is not bail and never bans anyone.
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="event">The event.</param>
    /// <param name="at">The moment asked about; its England and Wales date decides. The event need not be on at that moment, so the list can be drawn up the day before.</param>
    /// <returns>One <see cref="EventBan"/> per banning condition (a person with two such conditions appears twice; use <c>DistinctBy(b =&gt; b.Arrest)</c> for people), in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="event"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<EventBan> BannedFrom(this IEnumerable<Arrest> source, PublicEvent @event, Instant at)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        LocalDate date = EnglandAndWales.DateAt(at);
        return Iterator();

        IEnumerable<EventBan> Iterator()
        {
            foreach (Arrest arrest in source)
            {
                if (arrest.BailOf() is not { } bail || !bail.IsActiveOn(date))
                {
                    continue;
                }
                foreach (BailCondition condition in bail.Conditions)
                {
                    if (condition.AppliesOn(date) && condition.Bans(@event))
                    {
                        yield return new EventBan(arrest, bail, condition);
                    }
                }
            }
        }
    }

    /// <summary>Who is banned from <paramref name="event"/> at <paramref name="at"/>, across the arrests of every operation; see <see cref="BannedFrom(IEnumerable{Arrest}, PublicEvent, Instant)"/>.</summary>
    /// <param name="source">The operations.</param>
    /// <param name="event">The event.</param>
    /// <param name="at">The moment asked about.</param>
    /// <returns>One <see cref="EventBan"/> per banning condition, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="event"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    /// <example>
    /// <code>
    /// // The CCTV control room: who is banned from the carnival right now?
    /// PublicEvent carnival = NottingHillCarnival.For(2023);
    /// List&lt;string&gt; watchList = operations.BannedFrom(carnival, clock.GetCurrentInstant())
    ///     .Select(ban =&gt; $"{ban.Arrest.Id}: {ban.Condition}")
    ///     .ToList();
    /// </code>
    /// </example>
    public static IEnumerable<EventBan> BannedFrom(this IEnumerable<Operation> source, PublicEvent @event, Instant at)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        return source.SelectMany(operation => operation.Arrests).BannedFrom(@event, at);
    }
}
