namespace PolicingModel;

/// <summary>What kind of premises a warrant covers.</summary>
public enum PremisesKind
{
    /// <summary>Not stated.</summary>
    [WireCode("not-stated")]
    NotStated = 0,

    /// <summary>A home.</summary>
    [WireCode("residential")]
    Residential = 1,

    /// <summary>A shop, office, club or other business.</summary>
    [WireCode("business")]
    Business = 2,

    /// <summary>A vehicle, vessel or other premises.</summary>
    [WireCode("other")]
    Other = 3,
}
