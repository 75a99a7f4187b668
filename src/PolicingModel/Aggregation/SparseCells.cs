using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

// The cells of a grid too large to hold densely: only the cells seen, in a dictionary that grows as new cells are.
internal sealed class SparseCells : CellStore
{
    private readonly Dictionary<int, Cell> cells = [];

    internal override bool IsEmpty => cells.Count == 0;

    internal override void Clear() => cells.Clear();

    internal override void Count(ReadOnlySpan<int> indexes)
    {
        foreach (int index in indexes)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(cells, index, out _).Count++;
        }
    }

    internal override void Uncount(ReadOnlySpan<int> indexes)
    {
        foreach (int index in indexes)
        {
            ref Cell cell = ref CollectionsMarshal.GetValueRefOrNullRef(cells, index);
            if (--cell.Count == 0 && cell.Cash == 0m)
            {
                cells.Remove(index);
            }
        }
    }

    internal override void AddCash(int index, in decimal cashGbp) =>
        CollectionsMarshal.GetValueRefOrAddDefault(cells, index, out _).Cash += cashGbp;

    protected override void AddCount(int index, long count) =>
        CollectionsMarshal.GetValueRefOrAddDefault(cells, index, out _).Count += count;

    internal override void Merge(CellStore other)
    {
        foreach (KeyValuePair<int, Cell> pair in ((SparseCells)other).cells)
        {
            ref Cell cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, pair.Key, out _);
            cell.Count += pair.Value.Count;
            cell.Cash += pair.Value.Cash;
        }
    }

    internal override long CountAt(int index) => cells.TryGetValue(index, out Cell cell) ? cell.Count : 0;

    internal override decimal CashAt(int index) => cells.TryGetValue(index, out Cell cell) ? cell.Cash : 0m;

    internal override void NonEmpty(List<int> indexes)
    {
        int first = indexes.Count;
        foreach (KeyValuePair<int, Cell> pair in cells)
        {
            if (pair.Value.Count != 0)
            {
                indexes.Add(pair.Key);
            }
        }
        indexes.Sort(first, indexes.Count - first, null);
    }

    private struct Cell
    {
        public long Count;
        public decimal Cash;
    }
}
