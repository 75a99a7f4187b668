namespace PolicingModel;

/// <summary>The kind of a vehicle seized.</summary>
/// <remarks>
/// <para>Zero is not a kind: it is the "unset" value and records reject it.</para>
/// <para>
/// The kinds follow the police road-collision (STATS19) vehicle types, which code a vehicle by its construction, not by
/// its use at the time; "motor vehicle" means a mechanically propelled vehicle intended or adapted for use on roads
/// (Road Traffic Act 1988 s.185).
/// </para>
/// </remarks>
public enum VehicleKind
{
    /// <summary>A car.</summary>
    [WireCode("car")]
    Car = 1,

    /// <summary>A van or light goods vehicle (3.5 tonnes gross weight or less, as STATS19 divides goods vehicles).</summary>
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

    /// <summary>
    /// A heavy goods vehicle: a goods vehicle (a motor vehicle constructed or adapted to carry goods, Road Traffic Act
    /// 1988 s.192) over 3.5 tonnes gross weight (STATS19 goods vehicles 3.5 to 7.5 t and 7.5 t and over).
    /// </summary>
    [WireCode("heavy-goods-vehicle")]
    HeavyGoodsVehicle,

    /// <summary>A bus or coach (17 or more passenger seats, STATS19).</summary>
    [WireCode("bus-or-coach")]
    BusOrCoach,

    /// <summary>A minibus (8 to 16 passenger seats, STATS19).</summary>
    [WireCode("minibus")]
    Minibus,

    /// <summary>A taxi or private hire car (STATS19).</summary>
    [WireCode("taxi-or-private-hire")]
    TaxiOrPrivateHire,

    /// <summary>An agricultural vehicle, such as a tractor (STATS19).</summary>
    [WireCode("agricultural-vehicle")]
    AgriculturalVehicle,

    /// <summary>A trailer (a goods vehicle may be a trailer constructed or adapted to carry goods, Road Traffic Act 1988 s.192).</summary>
    [WireCode("trailer")]
    Trailer,

    /// <summary>A boat or other vessel: a "conveyance" by water for taking without consent (Theft Act 1968 s.12(7)(a)).</summary>
    [WireCode("boat")]
    Boat,
}
