namespace PolicingModel;

/// <summary>
/// The 33 London local authority areas (32 boroughs and the City of London). Each member's numeric value is the last
/// two digits of its ONS GSS code (<c>E09000008</c> is <see cref="Croydon"/> = 8); the code, name and Metropolitan
/// Police Basic Command Unit are in <c>PolicingModel.Reference.LondonBoroughs</c>.
/// </summary>
/// <remarks>Zero is not a borough: it is the "unset" value and records reject it.</remarks>
public enum LondonBorough
{
#pragma warning disable CS1591 // Borough names are self-describing; their documentation is the reference table.
    [WireCode("E09000001")]
    CityOfLondon = 1,
    [WireCode("E09000002")]
    BarkingAndDagenham = 2,
    [WireCode("E09000003")]
    Barnet = 3,
    [WireCode("E09000004")]
    Bexley = 4,
    [WireCode("E09000005")]
    Brent = 5,
    [WireCode("E09000006")]
    Bromley = 6,
    [WireCode("E09000007")]
    Camden = 7,
    [WireCode("E09000008")]
    Croydon = 8,
    [WireCode("E09000009")]
    Ealing = 9,
    [WireCode("E09000010")]
    Enfield = 10,
    [WireCode("E09000011")]
    Greenwich = 11,
    [WireCode("E09000012")]
    Hackney = 12,
    [WireCode("E09000013")]
    HammersmithAndFulham = 13,
    [WireCode("E09000014")]
    Haringey = 14,
    [WireCode("E09000015")]
    Harrow = 15,
    [WireCode("E09000016")]
    Havering = 16,
    [WireCode("E09000017")]
    Hillingdon = 17,
    [WireCode("E09000018")]
    Hounslow = 18,
    [WireCode("E09000019")]
    Islington = 19,
    [WireCode("E09000020")]
    KensingtonAndChelsea = 20,
    [WireCode("E09000021")]
    KingstonUponThames = 21,
    [WireCode("E09000022")]
    Lambeth = 22,
    [WireCode("E09000023")]
    Lewisham = 23,
    [WireCode("E09000024")]
    Merton = 24,
    [WireCode("E09000025")]
    Newham = 25,
    [WireCode("E09000026")]
    Redbridge = 26,
    [WireCode("E09000027")]
    RichmondUponThames = 27,
    [WireCode("E09000028")]
    Southwark = 28,
    [WireCode("E09000029")]
    Sutton = 29,
    [WireCode("E09000030")]
    TowerHamlets = 30,
    [WireCode("E09000031")]
    WalthamForest = 31,
    [WireCode("E09000032")]
    Wandsworth = 32,
    [WireCode("E09000033")]
    Westminster = 33,
#pragma warning restore CS1591
}
