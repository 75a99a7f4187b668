namespace PolicingModel;

/// <summary>
/// The 43 territorial police forces of England and Wales and the three special forces. The member name is the C#
/// name only: the stable wire code (the force id used by data.police.uk, such as <c>avon-and-somerset</c>) and the
/// display name live in <c>PolicingModel.Reference.PoliceForces</c>, so renaming a member never changes data.
/// </summary>
/// <remarks>Zero is not a force: it is the "unset" value and records reject it.</remarks>
public enum PoliceForce
{
#pragma warning disable CS1591 // Force names are self-describing; their documentation is the reference table.
    [WireCode("avon-and-somerset")]
    AvonAndSomerset = 1,
    [WireCode("bedfordshire")]
    Bedfordshire,
    [WireCode("cambridgeshire")]
    Cambridgeshire,
    [WireCode("cheshire")]
    Cheshire,
    [WireCode("city-of-london")]
    CityOfLondon,
    [WireCode("cleveland")]
    Cleveland,
    [WireCode("cumbria")]
    Cumbria,
    [WireCode("derbyshire")]
    Derbyshire,
    [WireCode("devon-and-cornwall")]
    DevonAndCornwall,
    [WireCode("dorset")]
    Dorset,
    [WireCode("durham")]
    Durham,
    [WireCode("essex")]
    Essex,
    [WireCode("gloucestershire")]
    Gloucestershire,
    [WireCode("greater-manchester")]
    GreaterManchester,
    [WireCode("hampshire")]
    Hampshire,
    [WireCode("hertfordshire")]
    Hertfordshire,
    [WireCode("humberside")]
    Humberside,
    [WireCode("kent")]
    Kent,
    [WireCode("lancashire")]
    Lancashire,
    [WireCode("leicestershire")]
    Leicestershire,
    [WireCode("lincolnshire")]
    Lincolnshire,
    [WireCode("merseyside")]
    Merseyside,
    [WireCode("metropolitan")]
    Metropolitan,
    [WireCode("norfolk")]
    Norfolk,
    [WireCode("northamptonshire")]
    Northamptonshire,
    [WireCode("northumbria")]
    Northumbria,
    [WireCode("north-yorkshire")]
    NorthYorkshire,
    [WireCode("nottinghamshire")]
    Nottinghamshire,
    [WireCode("south-yorkshire")]
    SouthYorkshire,
    [WireCode("staffordshire")]
    Staffordshire,
    [WireCode("suffolk")]
    Suffolk,
    [WireCode("surrey")]
    Surrey,
    [WireCode("sussex")]
    Sussex,
    [WireCode("thames-valley")]
    ThamesValley,
    [WireCode("warwickshire")]
    Warwickshire,
    [WireCode("west-mercia")]
    WestMercia,
    [WireCode("west-midlands")]
    WestMidlands,
    [WireCode("west-yorkshire")]
    WestYorkshire,
    [WireCode("wiltshire")]
    Wiltshire,
    [WireCode("dyfed-powys")]
    DyfedPowys,
    [WireCode("gwent")]
    Gwent,
    [WireCode("north-wales")]
    NorthWales,
    [WireCode("south-wales")]
    SouthWales,
    [WireCode("btp")]
    BritishTransportPolice,
    [WireCode("civil-nuclear-constabulary")]
    CivilNuclearConstabulary,
    [WireCode("ministry-of-defence-police")]
    MinistryOfDefencePolice,
#pragma warning restore CS1591
}
