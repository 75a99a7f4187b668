namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>The arrests whose last known outcome is a <typeparamref name="TOutcome"/>: <c>arrests.WithOutcome&lt;Charged&gt;()</c>.</summary>
    /// <typeparam name="TOutcome">The outcome kind, such as <see cref="Charged"/> or <see cref="ReleasedUnderInvestigation"/>.</typeparam>
    /// <param name="source">The arrests.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> WithOutcome<TOutcome>(this IEnumerable<Arrest> source)
        where TOutcome : ArrestOutcome
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => arrest.Outcome is TOutcome);
    }
}
