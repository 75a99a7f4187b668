namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>
    /// The bail conditions in force for the person arrested at <paramref name="at"/>: those of bail active on that date
    /// (England and Wales) that apply that day. Empty when the person is not on bail then.
    /// </summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="at">The moment asked about.</param>
    /// <returns>The conditions, in the order the bail lists them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <remarks>Immediate.</remarks>
    public static EquatableArray<BailCondition> ConditionsInForce(this Arrest arrest, Instant at)
    {
        ArgumentNullException.ThrowIfNull(arrest);
        LocalDate date = EnglandAndWales.DateAt(at);
        return arrest.BailOf() is { } bail && bail.IsActiveOn(date)
            ? bail.Conditions.Where(condition => condition.AppliesOn(date)).ToEquatableArray()
            : EquatableArray<BailCondition>.Empty;
    }
}
