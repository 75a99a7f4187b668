namespace PolicingModel.Aggregation;

/// <summary>
/// Where an <see cref="ArrestBreakdownAccumulator"/> keeps its cells: a count of arrests and a sum of cash per cell
/// index. <see cref="DenseCells"/> holds every cell of grids up to <see cref="MaxDenseCells"/> in arrays;
/// <see cref="SparseCells"/> holds only the cells seen, for the larger grids of six or more dimensions.
/// </summary>
/// <remarks>
/// Callers check their input first: amounts given here are never negative, and indexes are within the grid. The bulk
/// members take a batch of cell indexes at a time, so that the one virtual call is spread over thousands of arrests.
/// </remarks>
internal abstract class CellStore
{
    /// <summary>The largest grid held densely: 2,097,152 cells (every combination of up to five dimensions, and offence group × age band × ethnicity × home area).</summary>
    internal const int MaxDenseCells = 1 << 21;

    /// <summary>The store for a grid of <paramref name="cellCount"/> cells.</summary>
    internal static CellStore Create(int cellCount) => cellCount <= MaxDenseCells ? new DenseCells(cellCount) : new SparseCells();

    /// <summary>True when nothing has been added since the store was created or cleared (false may also mean only zeros were added).</summary>
    internal abstract bool IsEmpty { get; }

    /// <summary>Empties every cell, keeping the storage.</summary>
    internal abstract void Clear();

    /// <summary>Adds one arrest to each cell in <paramref name="indexes"/>.</summary>
    internal abstract void Count(ReadOnlySpan<int> indexes);

    /// <summary>Takes back one arrest from each cell in <paramref name="indexes"/>, counted by <see cref="Count"/> in the same call.</summary>
    internal abstract void Uncount(ReadOnlySpan<int> indexes);

    /// <summary>Adds a non-negative amount of cash to cell <paramref name="index"/>.</summary>
    internal abstract void AddCash(int index, in decimal cashGbp);

    /// <summary>Adds <paramref name="count"/> arrests and a non-negative amount of cash to cell <paramref name="index"/>.</summary>
    internal void Add(int index, long count, decimal cashGbp)
    {
        AddCount(index, count);
        if (!DecimalBits.IsZero(in cashGbp))
        {
            AddCash(index, in cashGbp);
        }
    }

    /// <summary>Adds <paramref name="count"/> arrests to cell <paramref name="index"/>.</summary>
    protected abstract void AddCount(int index, long count);

    /// <summary>Adds everything <paramref name="other"/>, a store of the same grid, holds.</summary>
    internal abstract void Merge(CellStore other);

    /// <summary>The number of arrests in cell <paramref name="index"/>.</summary>
    internal abstract long CountAt(int index);

    /// <summary>The cash in cell <paramref name="index"/>: the exact decimal sum of the amounts added to it, to their largest scale.</summary>
    internal abstract decimal CashAt(int index);

    /// <summary>Adds the index of every cell holding at least one arrest to <paramref name="indexes"/>, in ascending order.</summary>
    internal abstract void NonEmpty(List<int> indexes);
}
