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
    CityOfLondon = 1,
    BarkingAndDagenham = 2,
    Barnet = 3,
    Bexley = 4,
    Brent = 5,
    Bromley = 6,
    Camden = 7,
    Croydon = 8,
    Ealing = 9,
    Enfield = 10,
    Greenwich = 11,
    Hackney = 12,
    HammersmithAndFulham = 13,
    Haringey = 14,
    Harrow = 15,
    Havering = 16,
    Hillingdon = 17,
    Hounslow = 18,
    Islington = 19,
    KensingtonAndChelsea = 20,
    KingstonUponThames = 21,
    Lambeth = 22,
    Lewisham = 23,
    Merton = 24,
    Newham = 25,
    Redbridge = 26,
    RichmondUponThames = 27,
    Southwark = 28,
    Sutton = 29,
    TowerHamlets = 30,
    WalthamForest = 31,
    Wandsworth = 32,
    Westminster = 33,
#pragma warning restore CS1591
}
