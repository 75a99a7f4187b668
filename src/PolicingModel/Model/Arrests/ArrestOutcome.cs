namespace PolicingModel;

/// <summary>
/// What happened after an arrest, as last known: still in custody, charged, bailed, released under investigation,
/// cautioned, a community resolution, no further action, or recalled to prison. The set of kinds is closed (each is a
/// sealed record in this library), so a switch over them can be exhaustive and JSON can name each kind.
/// </summary>
/// <remarks>Value equality over all members of the concrete kind.</remarks>
public abstract record ArrestOutcome
{
    private protected ArrestOutcome()
    {
    }
}
