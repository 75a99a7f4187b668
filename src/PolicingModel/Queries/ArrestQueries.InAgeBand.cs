using PolicingModel.Reference;

namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>
    /// The arrests of people in the Home Office age band <paramref name="band"/> (<see cref="AgeBands.Of"/>): an exact
    /// age, or a range lying wholly inside the band. <see cref="AgeBand.Unknown"/> selects the people who cannot be placed.
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="band">The band.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> InAgeBand(this IEnumerable<Arrest> source, AgeBand band)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => AgeBands.Of(arrest.Person.Age) == band);
    }
}
