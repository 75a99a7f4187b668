namespace PolicingModel.Aggregation;

// Where an ArrestBreakdownAccumulator keeps its cells: a count of arrests and a sum of cash per cell
// index. DenseCells holds every cell of grids up to MaxDenseCells in arrays;
// SparseCells holds only the cells seen, for the larger grids of six or more dimensions.
// Callers check their input first: amounts given here are never negative, and indexes are within the grid. The bulk
// members take a batch of cell indexes at a time, so that the one virtual call is spread over thousands of arrests.
internal abstract class CellStore
{
    // The largest grid held densely: 2,097,152 cells (every combination of up to five dimensions, and offence group × age band × ethnicity × home area).
    internal const int MaxDenseCells = 1 << 21;

    // The store for a grid of cellCount cells.
    internal static CellStore Create(int cellCount) => cellCount <= MaxDenseCells ? new DenseCells(cellCount) : new SparseCells();

    // True when nothing has been added since the store was created or cleared (false may also mean only zeros were added).
    internal abstract bool IsEmpty { get; }

    // Empties every cell, keeping the storage.
    internal abstract void Clear();

    // Adds one arrest to each cell in indexes.
    internal abstract void Count(ReadOnlySpan<int> indexes);

    // Takes back one arrest from each cell in indexes, counted by Count in the same call.
    internal abstract void Uncount(ReadOnlySpan<int> indexes);

    // Adds a non-negative amount of cash to cell index.
    internal abstract void AddCash(int index, in decimal cashGbp);

    // Adds count arrests and a non-negative amount of cash to cell index.
    internal void Add(int index, long count, decimal cashGbp)
    {
        AddCount(index, count);
        if (!DecimalBits.IsZero(in cashGbp))
        {
            AddCash(index, in cashGbp);
        }
    }

    // Adds count arrests to cell index.
    protected abstract void AddCount(int index, long count);

    // Adds everything other, a store of the same grid, holds.
    internal abstract void Merge(CellStore other);

    // The number of arrests in cell index.
    internal abstract long CountAt(int index);

    // The cash in cell index: the exact decimal sum of the amounts added to it, to their largest scale.
    internal abstract decimal CashAt(int index);

    // Adds the index of every cell holding at least one arrest to indexes, in ascending order.
    internal abstract void NonEmpty(List<int> indexes);
}
