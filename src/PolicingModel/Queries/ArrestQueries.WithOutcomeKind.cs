namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>The arrests whose last known outcome is of <paramref name="kind"/> (<see cref="ArrestOutcomeKinds.Of"/>), for when the kind is data rather than a type.</summary>
    /// <param name="source">The arrests.</param>
    /// <param name="kind">The outcome kind.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> WithOutcome(this IEnumerable<Arrest> source, ArrestOutcomeKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => ArrestOutcomeKinds.Of(arrest.Outcome) == kind);
    }
}
