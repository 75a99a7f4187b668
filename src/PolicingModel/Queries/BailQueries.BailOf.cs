namespace PolicingModel.Queries;

public static partial class BailQueries
{
    /// <summary>The bail an arrest's outcome puts the person on: pre-charge bail (<see cref="Bailed"/>) or bail after charge (<see cref="Charged.Bail"/>); null for every other outcome, including release under investigation, which is not bail.</summary>
    /// <param name="arrest">The arrest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <remarks>Immediate.</remarks>
    public static Bail? BailOf(this Arrest arrest)
    {
        ArgumentNullException.ThrowIfNull(arrest);
        return arrest.Outcome switch
        {
            Bailed bailed => bailed.Bail,
            Charged { Bail: { } bail } => bail,
            _ => null,
        };
    }
}
