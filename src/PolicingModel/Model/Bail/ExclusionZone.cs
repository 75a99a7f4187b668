namespace PolicingModel;

/// <summary>Not to enter an area, such as a borough or a named locality.</summary>
public sealed record ExclusionZone : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="area">The area the person must not enter (a locality, borough or force area; never an address, which would identify someone).</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentException">No area, or an area given as an address.</exception>
    public ExclusionZone(Place area, DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
        Area = Preconditions.CheckNotNull(area);
        Preconditions.CheckArgument(area.Precision != PlacePrecision.Address, nameof(area), $"{nameof(area)} must be an area, not an address.");
    }

    /// <summary>The area the person must not enter.</summary>
    public Place Area { get; }
}
