namespace PolicingModel;

/// <summary>What kind of premises a warrant covers.</summary>
public enum PremisesKind
{
    /// <summary>Not stated.</summary>
    NotStated = 0,

    /// <summary>A home.</summary>
    Residential = 1,

    /// <summary>A shop, office, club or other business.</summary>
    Business = 2,

    /// <summary>A vehicle, vessel or other premises.</summary>
    Other = 3,
}
