namespace PolicingModel;

/// <summary>Vehicles of one kind seized.</summary>
public sealed record VehicleSeized : SeizedItem
{
    /// <summary>Creates a vehicle seizure.</summary>
    /// <param name="kind">The kind of vehicle.</param>
    /// <param name="count">How many; one when omitted.</param>
    /// <exception cref="ArgumentException">An unset kind or a count of zero.</exception>
    public VehicleSeized(VehicleKind kind, ReportedCount? count = null)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Count = SeizedCount.Check(count ?? ReportedCount.Exactly(1), nameof(count));
    }

    /// <summary>The kind of vehicle.</summary>
    public VehicleKind Kind { get; }

    /// <summary>How many.</summary>
    public ReportedCount Count { get; }
}
