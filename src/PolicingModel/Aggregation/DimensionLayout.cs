using System.Runtime.CompilerServices;

namespace PolicingModel.Aggregation;

// How the cells of a breakdown over a set of dimensions are laid out in a dense grid: each selected dimension
// contributes its 0-based code times a stride, the first dimension in ArrestDimension order being the most significant,
// so that ascending cell index is lexicographic order of the keys. One layout per dimension set, cached.
internal sealed class DimensionLayout
{
    // The number of dimensions; position i is bit i of ArrestDimension, and the first position is the most significant.
    internal const int DimensionCount = 8;

    // Every defined dimension flag.
    internal const ArrestDimension All = (ArrestDimension)((1 << DimensionCount) - 1);

    // The number of codes of each dimension, by position.
    private static readonly int[] Cardinalities =
    [
        (int)OffenceGroup.Other, // OffenceGroup: values 1..11 -> codes 0..10
        (int)Reference.AgeBand.From50 + 1, // AgeBand: 0..8
        (int)Sex.Female + 1, // Sex: 0..2
        (int)Reference.EthnicityGroup.Other + 1, // EthnicityGroup: 0..5
        (int)Reference.EthnicityGroup.Other + 1, // OfficerDefinedEthnicityGroup: 0..5
        AreaKey.Count, // HomeArea: 0..79
        (int)PoliceForce.MinistryOfDefencePolice, // Force: values 1..46 -> codes 0..45
        (int)ArrestOutcomeKind.NotReported, // Outcome: values 1..10 -> codes 0..9
    ];

    private static readonly DimensionLayout?[] Cache = new DimensionLayout?[1 << DimensionCount];

    private DimensionLayout(ArrestDimension dimensions)
    {
        Dimensions = dimensions;
        Strides = new int[DimensionCount];
        long stride = 1;
        for (int i = DimensionCount - 1; i >= 0; i--)
        {
            if (((int)dimensions & (1 << i)) != 0)
            {
                Strides[i] = (int)stride;
                stride *= Cardinalities[i];
            }
        }
        CellCount = checked((int)stride);
    }

    // The dimensions laid out.
    internal ArrestDimension Dimensions { get; }

    // The number of cells in the full grid (1 for no dimensions).
    internal int CellCount { get; }

    // The stride of each dimension by position; 0 for a dimension not selected.
    internal int[] Strides { get; }

    // The layout of dimensions, which must be valid (see Check).
    internal static DimensionLayout For(ArrestDimension dimensions)
    {
        // A benign race: two threads may both build the same immutable layout; either wins.
        return Cache[(int)dimensions] ??= new DimensionLayout(dimensions);
    }

    // Rejects undefined flags and the mixing of self-defined and officer-defined ethnicity.
    internal static ArrestDimension Check(ArrestDimension dimensions, [CallerArgumentExpression(nameof(dimensions))] string paramName = "")
    {
        if ((dimensions & ~All) != 0)
        {
            throw new ArgumentOutOfRangeException(paramName, dimensions, $"{paramName} holds flags that are not defined {nameof(ArrestDimension)} values.");
        }
        Preconditions.CheckArgument(
            (dimensions & (ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup)) != (ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup),
            paramName,
            $"{paramName} must not combine {nameof(ArrestDimension.EthnicityGroup)} (self-defined) and {nameof(ArrestDimension.OfficerDefinedEthnicityGroup)}: the two are never mixed in one breakdown.");
        return dimensions;
    }

    // The mask keeping the bytes of the dimensions in dimensions in a word of packed codes (see ArrestCodes).
    internal static ulong MaskOf(ArrestDimension dimensions)
    {
        ulong mask = 0;
        for (int i = 0; i < DimensionCount; i++)
        {
            if (((int)dimensions & (1 << i)) != 0)
            {
                mask |= 0xFFUL << (8 * i);
            }
        }
        return mask;
    }

    // The number of codes of the dimension at position.
    internal static int CardinalityAt(int position) => Cardinalities[position];

    // The cell index of key, whose dimensions must equal Dimensions.
    internal int IndexOf(ArrestBreakdownKey key)
    {
        int index = 0;
        for (int i = 0; i < DimensionCount; i++)
        {
            index += key.CodeAt(i) * Strides[i];
        }
        return index;
    }

    // The key of the cell at index.
    internal ArrestBreakdownKey KeyAt(int index)
    {
        ulong codes = 0;
        for (int i = 0; i < DimensionCount; i++)
        {
            if (Strides[i] != 0)
            {
                codes |= (ulong)(index / Strides[i] % Cardinalities[i]) << (8 * i);
            }
        }
        return ArrestBreakdownKey.FromCodes(Dimensions, codes);
    }
}
