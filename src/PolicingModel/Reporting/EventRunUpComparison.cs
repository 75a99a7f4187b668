using System.Text;
using PolicingModel.Queries;

namespace PolicingModel.Reporting;

/// <summary>
/// A side-by-side of what operations in the run-up to two or more public events resulted in, so that a user can
/// compare the days before Notting Hill Carnival with the days before another large event.
/// </summary>
/// <remarks>Value equality over all members. An operation can fall in the run-up to more than one event.</remarks>
public sealed record EventRunUpComparison
{
    private EventRunUpComparison(int days, EquatableArray<EventRunUp> events)
    {
        Days = days;
        Events = events;
    }

    /// <summary>How many days before each event's first day the run-up begins.</summary>
    public int Days { get; }

    /// <summary>One run-up per event, in the order the events were given.</summary>
    public EquatableArray<EventRunUp> Events { get; }

    /// <summary>
    /// Compares the run-ups to <paramref name="events"/>: for each, the operations that
    /// <see cref="OperationQueries.InRunUpTo"/> the event within <paramref name="days"/> days, and their merged summary.
    /// </summary>
    /// <param name="operations">The operations to draw from; enumerated once.</param>
    /// <param name="days">The length of the run-up, in days (zero or more).</param>
    /// <param name="events">Two or more events, each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> or <paramref name="events"/> is null, or contains a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="ArgumentException">Fewer than two events, or an event given twice.</exception>
    /// <remarks>Immediate.</remarks>
    /// <example>
    /// <code>
    /// EventRunUpComparison comparison = EventRunUpComparison.Compare(operations, 7, NottingHillCarnival.For(2023), otherEvent);
    /// string table = comparison.ToText();   // one column per event: warrants, arrests, cash, drugs by class, ...
    /// </code>
    /// </example>
    public static EventRunUpComparison Compare(IEnumerable<Operation> operations, int days, params PublicEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        foreach (PublicEvent e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
        }
        if (events.Length < 2)
        {
            throw new ArgumentException($"{nameof(events)} must hold at least two events to compare; it held {events.Length}.", nameof(events));
        }
        if (events.Select(e => e.Id).Distinct().Count() != events.Length)
        {
            throw new ArgumentException($"{nameof(events)} must not repeat an event.", nameof(events));
        }
        Operation[] all = [.. operations];
        foreach (Operation operation in all)
        {
            ArgumentNullException.ThrowIfNull(operation, nameof(operations));
        }
        return new EventRunUpComparison(
            days,
            events.Select(e => new EventRunUp(e, all.InRunUpTo(e, days).ToEquatableArray())).ToEquatableArray());
    }

    /// <summary>
    /// A plain-text table, one column per event: operations, warrants executed, arrests, cash, drug classes, weapons
    /// and the events bail conditions ban people from. Culture-invariant, "\n" line ends.
    /// </summary>
    public string ToText()
    {
        List<string[]> rows =
        [
            ["", .. Events.Select(r => r.Event.Name + " (" + r.Event.FirstDay.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")")],
            ["Run-up (days)", .. Events.Select(_ => English.Number(Days))],
            ["Operations", .. Events.Select(r => English.Number(r.Operations.Length))],
            ["Warrants executed", .. Events.Select(r => English.Count(r.Summary.WarrantsExecuted))],
            ["Arrests", .. Events.Select(r => English.Count(r.Summary.Arrests))],
            ["Cash seized", .. Events.Select(r => r.Summary.Cash.IsEmpty ? "none" : English.JoinWithAnd([.. r.Summary.Cash.Select(English.HedgedMoney)]))],
            ["Drugs found", .. Events.Select(r => r.Summary.DrugsByClass.IsEmpty ? "none" : "Class " + English.JoinWithAnd([.. r.Summary.DrugsByClass.Select(c => c.Class.ToString())]))],
            ["Weapons", .. Events.Select(r => English.Count(r.Summary.WeaponsByKind.Aggregate(ReportedCounts.Zero, (sum, t) => ReportedCounts.Add(sum, t.Count))))],
            ["Bailed with conditions", .. Events.Select(r => English.Count(r.Summary.BailedWithConditions))],
            ["Events banned", .. Events.Select(r => r.Summary.EventsBanned.IsEmpty ? "none" : English.JoinWithAnd([.. r.Summary.EventsBanned.Select(e => e.Name).Distinct(StringComparer.Ordinal)]))],
        ];
        int[] widths = [.. Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length))];
        var builder = new StringBuilder();
        foreach (string[] row in rows)
        {
            builder.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }
        return builder.ToString();
    }
}
