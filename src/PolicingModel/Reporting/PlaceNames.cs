using System.Text;

namespace PolicingModel.Reporting;

/// <summary>
/// Display names for places as press releases write them: "South Norwood", "Lambeth", "Kensington and Chelsea",
/// "Chatham, Kent". Never prints a postal address: an address is reduced to its locality, borough or force area.
/// </summary>
/// <remarks>
/// The borough names are derived here from <see cref="LondonBorough"/> so that Reporting does not depend on a reference
/// table still being written; swap <see cref="Borough"/> for <c>PolicingModel.Reference.LondonBoroughs</c> when it lands.
/// </remarks>
internal static class PlaceNames
{
    /// <summary>"Kensington and Chelsea", "Kingston upon Thames", "City of London".</summary>
    internal static string Borough(LondonBorough borough) => borough switch
    {
        LondonBorough.CityOfLondon => "the City of London",
        _ => SplitWords(borough.ToString()),
    };

    /// <summary>The area a force polices, as a place name: "Kent", "Avon and Somerset", "Dyfed-Powys", "London"; null for forces with no area of their own (British Transport Police and the other special forces).</summary>
    internal static string? ForceArea(PoliceForce force) => force switch
    {
        PoliceForce.Metropolitan => "London",
        PoliceForce.CityOfLondon => "the City of London",
        PoliceForce.DyfedPowys => "Dyfed-Powys",
        PoliceForce.ThamesValley => "the Thames Valley",
        PoliceForce.WestMidlands => "the West Midlands",
        PoliceForce.BritishTransportPolice or PoliceForce.CivilNuclearConstabulary or PoliceForce.MinistryOfDefencePolice => null,
        _ => SplitWords(force.ToString()),
    };

    /// <summary>
    /// The place as an area name: a London locality alone ("South Norwood"), a locality elsewhere with its force area
    /// ("Chatham, Kent"), a borough ("Lambeth"), or a force area ("Kent"). An address gives its locality or borough,
    /// never its lines. Null when nothing printable is known.
    /// </summary>
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

    /// <summary>"KensingtonAndChelsea" becomes "Kensington and Chelsea"; "KingstonUponThames" becomes "Kingston upon Thames".</summary>
    private static string SplitWords(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        int start = 0;
        for (int i = 1; i <= pascal.Length; i++)
        {
            if (i == pascal.Length || char.IsAsciiLetterUpper(pascal[i]))
            {
                string word = pascal[start..i];
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                    word = word is "And" or "Upon" or "Of" ? word.ToLowerInvariant() : word;
                }
                builder.Append(word);
                start = i;
            }
        }
        return builder.ToString();
    }
}
