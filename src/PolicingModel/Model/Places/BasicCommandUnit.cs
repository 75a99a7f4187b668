namespace PolicingModel;

/// <summary>
/// The twelve Metropolitan Police Basic Command Units (since 2018–19), named by the boroughs they cover so that the
/// C# name never depends on an unconfirmed area name. The published area names (only South, East and Central North
/// are confirmed) and borough lists are in <c>PolicingModel.Reference.BasicCommandUnits</c>.
/// </summary>
/// <remarks>Zero is not a BCU: it is the "unset" value and records reject it.</remarks>
public enum BasicCommandUnit
{
    /// <summary>Bromley, Croydon and Sutton (South Area).</summary>
    BromleyCroydonSutton = 1,

    /// <summary>Barking and Dagenham, Havering and Redbridge (East Area).</summary>
    BarkingDagenhamHaveringRedbridge,

    /// <summary>Camden and Islington (Central North).</summary>
    CamdenIslington,

    /// <summary>Hammersmith and Fulham, Kensington and Chelsea, and Westminster.</summary>
    HammersmithKensingtonWestminster,

    /// <summary>Kingston, Merton, Richmond and Wandsworth.</summary>
    KingstonMertonRichmondWandsworth,

    /// <summary>Bexley, Greenwich and Lewisham.</summary>
    BexleyGreenwichLewisham,

    /// <summary>Ealing, Hillingdon and Hounslow.</summary>
    EalingHillingdonHounslow,

    /// <summary>Lambeth and Southwark.</summary>
    LambethSouthwark,

    /// <summary>Enfield and Haringey.</summary>
    EnfieldHaringey,

    /// <summary>Hackney and Tower Hamlets.</summary>
    HackneyTowerHamlets,

    /// <summary>Barnet, Brent and Harrow.</summary>
    BarnetBrentHarrow,

    /// <summary>Newham and Waltham Forest.</summary>
    NewhamWalthamForest,
}
