namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>
    /// The arrests whose bail is about to run out: the current answer date (after extensions) falls from today to
    /// <paramref name="window"/> after today, both inclusive, where today is the England and Wales date on
    /// <paramref name="clock"/>. Bail with no answer date never matches.
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="clock">The clock; read once, when enumeration starts.</param>
    /// <param name="window">How far ahead to look, in whole days, weeks, months or years (<c>Period.FromDays(7)</c>).</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="clock"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> has a time part or a negative part.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> BailEndingWithin(this IEnumerable<Arrest> source, IClock clock, Period window)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(window);
        if (window.HasTimeComponent || window.Years < 0 || window.Months < 0 || window.Weeks < 0 || window.Days < 0)
        {
            throw new ArgumentException($"{nameof(window)} must be whole days, weeks, months or years, none negative; it was {window}.", nameof(window));
        }
        return Iterator();

        IEnumerable<Arrest> Iterator()
        {
            LocalDate today = EnglandAndWales.DateAt(clock.GetCurrentInstant());
            LocalDate last = today.Plus(window);
            foreach (Arrest arrest in source)
            {
                if (arrest.BailOf()?.CurrentAnswerOn is { } answer && answer >= today && answer <= last)
                {
                    yield return arrest;
                }
            }
        }
    }
}
