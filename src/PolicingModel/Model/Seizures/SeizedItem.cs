namespace PolicingModel;

/// <summary>
/// What was seized: cash, drugs, a weapon, phones, a vehicle or other property. The set of kinds is closed (every
/// kind is a sealed record in this library), so a switch over them can be exhaustive and JSON can name each kind.
/// </summary>
/// <remarks>Value equality over all members of the concrete kind.</remarks>
public abstract record SeizedItem
{
    private protected SeizedItem()
    {
    }
}
