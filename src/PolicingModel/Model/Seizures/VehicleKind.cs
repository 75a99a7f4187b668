namespace PolicingModel;

/// <summary>The kind of a vehicle seized.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum VehicleKind
{
    /// <summary>A car.</summary>
    [WireCode("car")]
    Car = 1,

    /// <summary>A van or light goods vehicle.</summary>
    [WireCode("van")]
    Van,

    /// <summary>A motorcycle or moped.</summary>
    [WireCode("motorcycle")]
    Motorcycle,

    /// <summary>A bicycle or e-bike.</summary>
    [WireCode("bicycle")]
    Bicycle,

    /// <summary>An e-scooter.</summary>
    [WireCode("e-scooter")]
    EScooter,

    /// <summary>Any other vehicle.</summary>
    [WireCode("other")]
    Other,
}
