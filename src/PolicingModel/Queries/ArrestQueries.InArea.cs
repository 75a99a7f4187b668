namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>
    /// The arrests of people whose home area lies within <paramref name="area"/> (<see cref="Place.IsWithin"/>): a man
    /// from South Norwood is in Croydon and in the Metropolitan Police area. People with no recorded home area never match.
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="area">The area.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="area"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> InArea(this IEnumerable<Arrest> source, Place area)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(area);
        return source.Where(arrest => arrest.Person.HomeArea?.IsWithin(area) == true);
    }
}
