using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// Packs the breakdown codes of an arrest, one byte per <see cref="ArrestDimension"/> position (the layout of
/// <see cref="ArrestBreakdownKey"/>), so that each arrest carries its statistical classification in one word.
/// </summary>
/// <remarks>
/// An <see cref="Arrest"/> computes this once, in its constructor: the record is immutable, so the codes never go stale,
/// and a breakdown then reads one field of the arrest instead of following five references (person, home area, offence
/// list, offence, definition) per arrest, which is what dominated the cost of a breakdown over a million arrests.
/// </remarks>
internal static class BreakdownCodes
{
    /// <summary>The packed codes of every dimension of <paramref name="arrest"/>, whose members must already be set and valid.</summary>
    internal static ulong Of(Arrest arrest)
    {
        ArrestedPerson person = arrest.Person;
        return (uint)((int)arrest.PrincipalOffence.Group - 1)
            | (ulong)AgeBands.Of(person.Age) << 8
            | (ulong)person.Sex << 16
            | (ulong)EthnicityGroups.Of(person.SelfDefinedEthnicity) << 24
            | (ulong)EthnicityGroups.Of(person.OfficerDefinedEthnicity) << 32
            | (ulong)AreaKey.Of(person.HomeArea).Index << 40
            | (ulong)(uint)((int)arrest.Force - 1) << 48
            | (ulong)(uint)((int)ArrestOutcomeKinds.Of(arrest.Outcome) - 1) << 56;
    }

    /// <summary>The mask keeping the bytes of the dimensions in <paramref name="dimensions"/>.</summary>
    internal static ulong MaskOf(ArrestDimension dimensions)
    {
        ulong mask = 0;
        for (int i = 0; i < DimensionLayout.DimensionCount; i++)
        {
            if (((int)dimensions & (1 << i)) != 0)
            {
                mask |= 0xFFUL << (8 * i);
            }
        }
        return mask;
    }
}
