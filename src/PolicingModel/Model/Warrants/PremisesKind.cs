namespace PolicingModel;

/// <summary>
/// What kind of premises a warrant covers. For search powers "premises" includes any place, and in particular any
/// vehicle, vessel, aircraft or hovercraft, offshore or renewable energy installation, and any tent or movable structure
/// (Police and Criminal Evidence Act 1984 s.23, as quoted in police training material; the text was not read on
/// legislation.gov.uk).
/// </summary>
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

    /// <summary>Other premises, such as a tent or movable structure. Data recorded before <see cref="Vehicle"/> existed may hold vehicles and vessels here.</summary>
    [WireCode("other")]
    Other = 3,

    /// <summary>A vehicle, vessel, aircraft or hovercraft (PACE 1984 s.23(a)).</summary>
    [WireCode("vehicle")]
    Vehicle = 4,

    /// <summary>School or further education premises, where having a bladed article or offensive weapon is a separate offence (Criminal Justice Act 1988 s.139A).</summary>
    [WireCode("school-or-further-education")]
    SchoolOrFurtherEducation = 5,

    /// <summary>
    /// A garage, shed or other outbuilding connected to a home: counted as residential in police recorded crime since
    /// 2017 (College of Policing, residential burglary definitions).
    /// </summary>
    [WireCode("residential-outbuilding")]
    ResidentialOutbuilding = 6,
}
