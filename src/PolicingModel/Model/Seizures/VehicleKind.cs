namespace PolicingModel;

/// <summary>The kind of a vehicle seized.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum VehicleKind
{
    /// <summary>A car.</summary>
    Car = 1,

    /// <summary>A van or light goods vehicle.</summary>
    Van,

    /// <summary>A motorcycle or moped.</summary>
    Motorcycle,

    /// <summary>A bicycle or e-bike.</summary>
    Bicycle,

    /// <summary>An e-scooter.</summary>
    EScooter,

    /// <summary>Any other vehicle.</summary>
    Other,
}
