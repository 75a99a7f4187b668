namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>The arrests on suspicion of at least one offence in <paramref name="group"/> (not only the principal offence).</summary>
    /// <param name="source">The arrests.</param>
    /// <param name="group">The Home Office offence group.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> WithOffenceGroup(this IEnumerable<Arrest> source, OffenceGroup group)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => arrest.Offences.Any(offence => offence.Group == group));
    }
}
