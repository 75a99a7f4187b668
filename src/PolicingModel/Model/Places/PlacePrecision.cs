namespace PolicingModel;

/// <summary>How precisely a <see cref="Place"/> is known, from a full address down to a force area.</summary>
public enum PlacePrecision
{
    /// <summary>A postal address (which is personal data when it is someone's home).</summary>
    [WireCode("address")]
    Address = 0,

    /// <summary>A named locality such as "South Norwood", "Catford" or "Chatham".</summary>
    [WireCode("locality")]
    Locality = 1,

    /// <summary>A London borough (or the City of London).</summary>
    [WireCode("borough")]
    Borough = 2,

    /// <summary>Only the police force area is known.</summary>
    [WireCode("force-area")]
    ForceArea = 3,
}
