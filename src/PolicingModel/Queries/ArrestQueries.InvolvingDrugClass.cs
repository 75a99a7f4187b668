namespace PolicingModel.Queries;

public static partial class ArrestQueries
{
    /// <summary>
    /// The arrests on suspicion of at least one offence about drugs of <paramref name="drugClass"/>: the class stated
    /// on the suspected offence, or else the class of its substance on the date of arrest (England and Wales).
    /// </summary>
    /// <param name="source">The arrests.</param>
    /// <param name="drugClass">The class.</param>
    /// <returns>The matching arrests, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <remarks>Deferred and streaming; arguments are checked at once.</remarks>
    public static IEnumerable<Arrest> InvolvingDrugClass(this IEnumerable<Arrest> source, DrugClass drugClass)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(arrest => arrest.Offences.Any(offence =>
            (offence.DrugClass ?? offence.Substance?.ClassOn(EnglandAndWales.DateAt(arrest.ArrestedAt))) == drugClass));
    }
}
