using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

// An arrest's 0-based code in each ArrestDimension, packed one byte per dimension position (the layout of
// ArrestBreakdownKey): the statistical classification of the arrest in one word.
// Computed where breakdowns are made, from the arrest's members, so the records know nothing of breakdowns. A bulk add
// over an array of arrests works the codes out for the dimensions it splits by only; an ArrestSet works
// out every dimension once, when it is created, and keeps the words in a column.
internal static class ArrestCodes
{
    // The packed codes of every dimension of arrest.
    internal static ulong Of(Arrest arrest) => Of(arrest, DimensionLayout.All);

    // The packed codes of the dimensions in dimensions (zero bytes for the others).
    // The tests of dimensions come out the same for every arrest of a bulk add, so they cost next to nothing.
    internal static ulong Of(Arrest arrest, ArrestDimension dimensions)
    {
        ulong codes = 0;
        if ((dimensions & ArrestDimension.OffenceGroup) != 0)
        {
            codes |= (uint)((int)arrest.PrincipalOffence.Group - 1);
        }
        ArrestedPerson person = arrest.Person;
        if ((dimensions & ArrestDimension.AgeBand) != 0)
        {
            codes |= (ulong)AgeBands.Of(person.Age) << 8;
        }
        if ((dimensions & ArrestDimension.Sex) != 0)
        {
            codes |= (ulong)person.Sex << 16;
        }
        if ((dimensions & ArrestDimension.EthnicityGroup) != 0)
        {
            codes |= (ulong)EthnicityGroups.Of(person.SelfDefinedEthnicity) << 24;
        }
        if ((dimensions & ArrestDimension.OfficerDefinedEthnicityGroup) != 0)
        {
            codes |= (ulong)EthnicityGroups.Of(person.OfficerDefinedEthnicity) << 32;
        }
        if ((dimensions & ArrestDimension.HomeArea) != 0)
        {
            codes |= (ulong)AreaKey.Of(person.HomeArea).Index << 40;
        }
        if ((dimensions & ArrestDimension.Force) != 0)
        {
            codes |= (ulong)(uint)((int)arrest.Force - 1) << 48;
        }
        if ((dimensions & ArrestDimension.Outcome) != 0)
        {
            codes |= (ulong)(uint)((int)ArrestOutcomeKinds.Of(arrest.Outcome) - 1) << 56;
        }
        return codes;
    }

    // The packed codes of every dimension, from the members an arrest would have: for readers that classify an arrest
    // straight from its JSON without building it (Serialization's breakdown readers). The same arithmetic as Of(Arrest).
    internal static ulong Of(
        OffenceGroup principalGroup,
        Age age,
        Sex sex,
        SelfDefinedEthnicity selfDefined,
        OfficerDefinedEthnicity officerDefined,
        Place? homeArea,
        PoliceForce force,
        ArrestOutcomeKind outcome) =>
        (uint)((int)principalGroup - 1)
        | (ulong)AgeBands.Of(age) << 8
        | (ulong)sex << 16
        | (ulong)EthnicityGroups.Of(selfDefined) << 24
        | (ulong)EthnicityGroups.Of(officerDefined) << 32
        | (ulong)AreaKey.Of(homeArea).Index << 40
        | (ulong)(uint)((int)force - 1) << 48
        | (ulong)(uint)((int)outcome - 1) << 56;
}
