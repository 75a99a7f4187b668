namespace PolicingModel.Reference;

/// <summary>Reference facts about one London local authority area: name, ONS GSS code, Met BCU and police force.</summary>
/// <remarks>Instances come from <see cref="LondonBoroughs"/>. Value equality over all members.</remarks>
public sealed record LondonBoroughInfo
{
    internal LondonBoroughInfo(LondonBorough borough, string name)
    {
        Borough = borough;
        Name = name;
        GssCode = WireCodes.ToCode(borough);
        BasicCommandUnit = BasicCommandUnits.For(borough);
        Force = Place.ForceFor(borough);
    }

    /// <summary>The borough.</summary>
    public LondonBorough Borough { get; }

    /// <summary>Its name, such as "Kensington and Chelsea" or "City of London" (without "London Borough of" or "Royal Borough of").</summary>
    public string Name { get; }

    /// <summary>Its ONS GSS code, <c>E09000001</c> (City of London) to <c>E09000033</c> (Westminster); also its wire code.</summary>
    public string GssCode { get; }

    /// <summary>The Metropolitan Police BCU that covers it, or null for the City of London.</summary>
    public BasicCommandUnit? BasicCommandUnit { get; }

    /// <summary>The force that polices it: <see cref="PoliceForce.CityOfLondon"/> for the City, <see cref="PoliceForce.Metropolitan"/> for the rest.</summary>
    public PoliceForce Force { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
