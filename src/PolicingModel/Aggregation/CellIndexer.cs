using System.Runtime.CompilerServices;

namespace PolicingModel.Aggregation;

// Turns an arrest's packed codes (one byte per dimension, see ArrestCodes) into its cell index in a
// DimensionLayout: a multiply-add per dimension.
// Two shapes, picked per accumulator and passed as a generic struct so that the counting loop is compiled for each:
// FourDimensions for breakdowns over up to four dimensions (most of them, and the one a national
// dashboard asks for: offence group × age band × ethnicity × area), and AllDimensions for the rest.
// Measured on 1,000,000 arrests, the counting loop ran about 13% faster with four terms than with eight.
internal interface ICellIndexer
{
    // The cell index of codes.
    int IndexOf(ulong codes);
}

// A cell indexer over any set of dimensions: a term per dimension position, zero for those not split by.
internal readonly struct AllDimensions : ICellIndexer
{
    private readonly int offence;
    private readonly int age;
    private readonly int sex;
    private readonly int ethnicity;
    private readonly int officerEthnicity;
    private readonly int area;
    private readonly int force;
    private readonly int outcome;

    internal AllDimensions(DimensionLayout layout)
    {
        int[] strides = layout.Strides;
        offence = strides[0];
        age = strides[1];
        sex = strides[2];
        ethnicity = strides[3];
        officerEthnicity = strides[4];
        area = strides[5];
        force = strides[6];
        outcome = strides[7];
    }

    // Branch-free: a dimension not split by has stride 0, so its code adds nothing.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ulong codes)
    {
        unchecked
        {
            return ((int)codes & 0xFF) * offence
                + ((int)(codes >> 8) & 0xFF) * age
                + ((int)(codes >> 16) & 0xFF) * sex
                + ((int)(codes >> 24) & 0xFF) * ethnicity
                + ((int)(codes >> 32) & 0xFF) * officerEthnicity
                + ((int)(codes >> 40) & 0xFF) * area
                + ((int)(codes >> 48) & 0xFF) * force
                + ((int)(codes >> 56) & 0xFF) * outcome;
        }
    }
}

// A cell indexer over at most four dimensions: four terms, each a shift to the dimension's byte and a stride.
internal readonly struct FourDimensions : ICellIndexer
{
    // The most dimensions this indexer takes.
    internal const int MaxDimensions = 4;

    private readonly int shift0;
    private readonly int shift1;
    private readonly int shift2;
    private readonly int shift3;
    private readonly int stride0;
    private readonly int stride1;
    private readonly int stride2;
    private readonly int stride3;

    // Creates the indexer of layout, which must split by at most MaxDimensions dimensions.
    internal FourDimensions(DimensionLayout layout)
    {
        Span<int> shifts = stackalloc int[MaxDimensions];
        Span<int> strides = stackalloc int[MaxDimensions];
        int used = 0;
        for (int position = 0; position < DimensionLayout.DimensionCount; position++)
        {
            if (layout.Strides[position] != 0)
            {
                shifts[used] = 8 * position;
                strides[used] = layout.Strides[position];
                used++;
            }
        }
        // Unused terms keep stride 0 and add nothing.
        (shift0, shift1, shift2, shift3) = (shifts[0], shifts[1], shifts[2], shifts[3]);
        (stride0, stride1, stride2, stride3) = (strides[0], strides[1], strides[2], strides[3]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ulong codes)
    {
        unchecked
        {
            return ((int)(codes >> shift0) & 0xFF) * stride0
                + ((int)(codes >> shift1) & 0xFF) * stride1
                + ((int)(codes >> shift2) & 0xFF) * stride2
                + ((int)(codes >> shift3) & 0xFF) * stride3;
        }
    }
}
