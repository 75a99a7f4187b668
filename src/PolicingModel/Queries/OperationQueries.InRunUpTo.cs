namespace PolicingModel.Queries;

public static partial class OperationQueries
{
    /// <summary>
    /// The operations that started in the <paramref name="days"/> days before <paramref name="event"/>: on or after the
    /// date <paramref name="days"/> days before its first day (England and Wales dates), and before its first session
    /// starts. With <paramref name="days"/> 7, the run-up to a carnival on Sunday 27 August is from Sunday 20 August.
    /// </summary>
    /// <param name="source">The operations.</param>
    /// <param name="event">The event.</param>
    /// <param name="days">How many days before the event's first day the run-up begins; zero means the first day only, before the event starts.</param>
    /// <returns>The matching operations, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once. Whether an operation names the event as its <see cref="Operation.LinkedEvent"/> does not matter: the question is about timing.</remarks>
    public static IEnumerable<Operation> InRunUpTo(this IEnumerable<Operation> source, PublicEvent @event, int days)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        LocalDate from = @event.FirstDay.PlusDays(-days);
        Instant eventStart = @event.Span.Start;
        return source.Where(operation => operation.StartDate >= from && operation.Period.Start < eventStart);
    }
}
