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
    AvonAndSomerset = 1,
    Bedfordshire,
    Cambridgeshire,
    Cheshire,
    CityOfLondon,
    Cleveland,
    Cumbria,
    Derbyshire,
    DevonAndCornwall,
    Dorset,
    Durham,
    Essex,
    Gloucestershire,
    GreaterManchester,
    Hampshire,
    Hertfordshire,
    Humberside,
    Kent,
    Lancashire,
    Leicestershire,
    Lincolnshire,
    Merseyside,
    Metropolitan,
    Norfolk,
    Northamptonshire,
    Northumbria,
    NorthYorkshire,
    Nottinghamshire,
    SouthYorkshire,
    Staffordshire,
    Suffolk,
    Surrey,
    Sussex,
    ThamesValley,
    Warwickshire,
    WestMercia,
    WestMidlands,
    WestYorkshire,
    Wiltshire,
    DyfedPowys,
    Gwent,
    NorthWales,
    SouthWales,
    BritishTransportPolice,
    CivilNuclearConstabulary,
    MinistryOfDefencePolice,
#pragma warning restore CS1591
}
