using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Privacy;

// Display labels for the categories of public tables, as published arrest statistics word them.
internal static class PublicLabels
{
    internal static string Of(AgeBand band) => band switch
    {
        AgeBand.Under10 => "Under 10",
        AgeBand.From10To17 => "10 to 17",
        AgeBand.From18To20 => "18 to 20",
        AgeBand.From21To24 => "21 to 24",
        AgeBand.From25To29 => "25 to 29",
        AgeBand.From30To39 => "30 to 39",
        AgeBand.From40To49 => "40 to 49",
        AgeBand.From50 => "50 and over",
        _ => "Not known",
    };

    internal static string Of(Sex sex) => sex switch
    {
        Sex.Male => "Male",
        Sex.Female => "Female",
        _ => "Not stated or not known",
    };

    internal static string Of(EthnicityGroup group) => group switch
    {
        EthnicityGroup.White => "White",
        EthnicityGroup.Mixed => "Mixed or multiple ethnic groups",
        EthnicityGroup.Asian => "Asian or Asian British",
        EthnicityGroup.Black => "Black, Black British, Caribbean or African",
        EthnicityGroup.Other => "Other ethnic group",
        _ => "Not stated",
    };

    // A borough's name; a territorial force's area ("Kent police force area"); a special force's name; "Not known".
    internal static string Of(AreaKey area)
    {
        if (area.Borough is { } borough)
        {
            return LondonBoroughs.Info(borough).Name;
        }
        if (area.ForceArea is { } force)
        {
            PoliceForceInfo info = PoliceForces.Info(force);
            return info.Kind == PoliceForceKind.Territorial ? info.Name + " police force area" : info.Name;
        }
        return "Not known";
    }

    internal static string Of(OffenceGroup group) => group switch
    {
        OffenceGroup.ViolenceAgainstThePerson => "Violence against the person",
        OffenceGroup.SexualOffences => "Sexual offences",
        OffenceGroup.Robbery => "Robbery",
        OffenceGroup.Theft => "Theft offences",
        OffenceGroup.CriminalDamageAndArson => "Criminal damage and arson",
        OffenceGroup.Drugs => "Drug offences",
        OffenceGroup.PossessionOfWeapons => "Possession of weapons offences",
        OffenceGroup.PublicOrder => "Public order offences",
        OffenceGroup.MiscellaneousCrimesAgainstSociety => "Miscellaneous crimes against society",
        OffenceGroup.Fraud => "Fraud offences",
        _ => "Other offences",
    };

    // The short name of a force ("Metropolitan", "Kent", "British Transport Police").
    internal static string Of(PoliceForce force) => PoliceForces.Info(force).Name;
}
