namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>The arrests made during <paramref name="interval"/> (start inclusive, end exclusive; an open end runs for ever).</summary>
    /// <param name="source">The arrests.</param>
    /// <param name="interval">The period.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> During(this IEnumerable<Arrest> source, Interval interval)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => interval.Contains(arrest.ArrestedAt));
    }
}
