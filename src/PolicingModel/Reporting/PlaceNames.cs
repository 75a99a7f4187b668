using PolicingModel.Reference;

namespace PolicingModel.Reporting;

// Display names for places as press releases write them: "South Norwood", "Lambeth", "Kensington and Chelsea",
// "Chatham, Kent". Never prints a postal address: an address is reduced to its locality, borough or force area.
// Names come from the reference tables; only the article a sentence needs ("the City of London") is added here.
internal static class PlaceNames
{
    // "Kensington and Chelsea", "Kingston upon Thames", "City of London".
    internal static string Borough(LondonBorough borough) => borough switch
    {
        LondonBorough.CityOfLondon => "the City of London",
        _ => LondonBoroughs.Info(borough).Name,
    };

    // The area a force polices, as a place name: "Kent", "Avon and Somerset", "Dyfed-Powys", "London"; null for forces with no area of their own (British Transport Police and the other special forces).
    internal static string? ForceArea(PoliceForce force) => force switch
    {
        PoliceForce.Metropolitan => "London",
        PoliceForce.CityOfLondon => "the City of London",
        PoliceForce.DyfedPowys => "Dyfed-Powys",
        PoliceForce.ThamesValley => "the Thames Valley",
        PoliceForce.WestMidlands => "the West Midlands",
        PoliceForce.BritishTransportPolice or PoliceForce.CivilNuclearConstabulary or PoliceForce.MinistryOfDefencePolice => null,
        _ => PoliceForces.Info(force).Name,
    };

    // The place as an area name: a London locality alone ("South Norwood"), a locality elsewhere with its force area
    // ("Chatham, Kent"), a borough ("Lambeth"), or a force area ("Kent"). An address gives its locality or borough,
    // never its lines. Null when nothing printable is known.
    internal static string? Area(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.Locality is { } locality)
        {
            if (place.Borough is not null || place.Force is PoliceForce.Metropolitan or PoliceForce.CityOfLondon)
            {
                return locality;
            }
            return ForceArea(place.Force) is { } county ? locality + ", " + county : locality;
        }
        if (place.Borough is { } borough)
        {
            return Borough(borough);
        }
        return ForceArea(place.Force);
    }
}
