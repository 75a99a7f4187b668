namespace PolicingModel.Reference;

/// <summary>Reference facts about one Metropolitan Police Basic Command Unit: its area name, whether that name is confirmed, and its boroughs.</summary>
/// <remarks>Instances come from <see cref="BasicCommandUnits"/>. Value equality over all members (the borough list compares by content).</remarks>
public sealed record BasicCommandUnitInfo
{
    internal BasicCommandUnitInfo(BasicCommandUnit unit, string areaName, bool nameConfirmed, EquatableArray<LondonBorough> boroughs)
    {
        Unit = unit;
        Code = WireCodes.ToCode(unit);
        AreaName = areaName;
        NameConfirmed = nameConfirmed;
        Boroughs = boroughs;
    }

    /// <summary>The BCU.</summary>
    public BasicCommandUnit Unit { get; }

    /// <summary>The stable wire code (<see cref="WireCodes.ToCode{TEnum}"/>), built from the boroughs, never from the area name.</summary>
    public string Code { get; }

    /// <summary>
    /// The area name, such as "South" or "Central North". Only South, East and Central North are confirmed (see
    /// <see cref="NameConfirmed"/>); the others are the names in common use and are unverified.
    /// </summary>
    public string AreaName { get; }

    /// <summary>True when <see cref="AreaName"/> is confirmed by the domain notes; false when it is the unverified name in common use.</summary>
    public bool NameConfirmed { get; }

    /// <summary>The boroughs it covers, in ONS GSS code order.</summary>
    public EquatableArray<LondonBorough> Boroughs { get; }

    /// <summary>The area name, with "(unverified)" when it is not confirmed.</summary>
    public override string ToString() => NameConfirmed ? AreaName : AreaName + " (unverified)";
}
