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
    [WireCode("bromley-croydon-sutton")]
    BromleyCroydonSutton = 1,

    /// <summary>Barking and Dagenham, Havering and Redbridge (East Area).</summary>
    [WireCode("barking-dagenham-havering-redbridge")]
    BarkingDagenhamHaveringRedbridge,

    /// <summary>Camden and Islington (Central North).</summary>
    [WireCode("camden-islington")]
    CamdenIslington,

    /// <summary>Hammersmith and Fulham, Kensington and Chelsea, and Westminster.</summary>
    [WireCode("hammersmith-kensington-westminster")]
    HammersmithKensingtonWestminster,

    /// <summary>Kingston, Merton, Richmond and Wandsworth.</summary>
    [WireCode("kingston-merton-richmond-wandsworth")]
    KingstonMertonRichmondWandsworth,

    /// <summary>Bexley, Greenwich and Lewisham.</summary>
    [WireCode("bexley-greenwich-lewisham")]
    BexleyGreenwichLewisham,

    /// <summary>Ealing, Hillingdon and Hounslow.</summary>
    [WireCode("ealing-hillingdon-hounslow")]
    EalingHillingdonHounslow,

    /// <summary>Lambeth and Southwark.</summary>
    [WireCode("lambeth-southwark")]
    LambethSouthwark,

    /// <summary>Enfield and Haringey.</summary>
    [WireCode("enfield-haringey")]
    EnfieldHaringey,

    /// <summary>Hackney and Tower Hamlets.</summary>
    [WireCode("hackney-tower-hamlets")]
    HackneyTowerHamlets,

    /// <summary>Barnet, Brent and Harrow.</summary>
    [WireCode("barnet-brent-harrow")]
    BarnetBrentHarrow,

    /// <summary>Newham and Waltham Forest.</summary>
    [WireCode("newham-waltham-forest")]
    NewhamWalthamForest,
}
