using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// Builds an <see cref="ArrestBreakdown"/> one arrest at a time without allocating per arrest, and can be reset and
/// reused: the tool for large inputs, streams, and repeated breakdowns.
/// </summary>
/// <remarks>
/// <para>
/// This is the library's one documented mutable type: a builder, like <see cref="System.Text.StringBuilder"/>. It is not
/// thread-safe; use one per thread and merge them, or call
/// <see cref="AddRangeParallel(ReadOnlyMemory{Arrest}, ReadOnlyMemory{decimal}, int)"/>, which does exactly that.
/// </para>
/// <para>
/// Cells are held in dense arrays indexed by the coded dimensions when the grid has at most 2,097,152 cells (every
/// combination of up to five dimensions does, and so does offence group × age band × ethnicity × home area, 47,520
/// cells); the arrays are allocated once, by the constructor. Larger grids (six or more dimensions including home area
/// or force) are held sparsely in a dictionary that grows as new cells are seen. Each arrest carries its codes in every
/// dimension, worked out once when the arrest is created, so adding an arrest reads one field of it, computes the cell
/// index and bumps a counter.
/// </para>
/// <para>
/// Cash is attributed to arrests by the caller, in pounds sterling: amounts in other currencies must be converted
/// first, because amounts in different currencies never add up silently. <see cref="AddOperation"/> does the attribution
/// for an operation from its seizures. Cash is summed as <see cref="decimal"/>, exactly unless a total needs more than
/// 28 significant digits.
/// </para>
/// </remarks>
public sealed class ArrestBreakdownAccumulator
{
    /// <summary>The largest grid held densely.</summary>
    internal const int MaxDenseCells = 1 << 21;

    // Arrests per batch in AddRangeCore, whose cell indexes are kept for the batch's cash pass. Measured on 1,000,000
    // arrests, 1,024 and 4,096 ran alike; the larger keeps the per-batch work negligible.
    private const int BatchSize = 4096;

    private readonly DimensionLayout layout;
    private readonly AllDimensions indexer;
    private readonly FourDimensions fourIndexer;
    private readonly bool atMostFour;

    private readonly DenseGrid? dense;

    // Working space of the batch loop (32 KB): a batch's cell indexes, and where its cash is.
    private readonly int[]? batchIndexes;
    private readonly int[]? batchWithCash;
    private readonly Dictionary<int, Cell>? sparse;
    private ParallelAccumulation? parallel;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>
    /// Allocates the cell grid (33 bytes a cell; about 1.6 MB for offence group × age band × ethnicity × home area) and
    /// 32 KB of working space.
    /// </remarks>
    public ArrestBreakdownAccumulator(ArrestDimension dimensions)
    {
        layout = DimensionLayout.For(DimensionLayout.Check(dimensions));
        indexer = new AllDimensions(layout);
        atMostFour = BitOperations.PopCount((uint)layout.Dimensions) <= FourDimensions.MaxDimensions;
        if (atMostFour)
        {
            fourIndexer = new FourDimensions(layout);
        }
        if (layout.CellCount <= MaxDenseCells)
        {
            dense = new DenseGrid(layout.CellCount);
            batchIndexes = new int[BatchSize];
            batchWithCash = new int[BatchSize];
        }
        else
        {
            sparse = [];
        }
    }

    /// <summary>The dimensions split by.</summary>
    public ArrestDimension Dimensions => layout.Dimensions;

    /// <summary>The machinery of the parallel adds, once one has been called.</summary>
    internal ParallelAccumulation? Parallel => parallel;

    /// <summary>True when nothing has been added since the accumulator was created or last reset (false may also mean only zeros were added).</summary>
    internal bool IsEmpty => dense is not null ? dense.IsEmpty : sparse!.Count == 0;

    /// <summary>Empties the accumulator, keeping its storage for reuse.</summary>
    /// <remarks>Immediate; does not allocate. Clears the whole dense grid.</remarks>
    public void Reset()
    {
        if (dense is not null)
        {
            dense.Clear();
        }
        else
        {
            sparse!.Clear();
        }
    }

    /// <summary>Adds one arrest, with the cash seized on it.</summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="cashGbp">Cash seized on the arrest, in pounds sterling; zero when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cashGbp"/> is negative.</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid on a new cell).</remarks>
    public void Add(Arrest arrest, decimal cashGbp = 0m)
    {
        Preconditions.CheckNotNull(arrest);
        Preconditions.CheckNotNegative(cashGbp);
        AddAt(indexer.IndexOf(arrest.BreakdownCodes), 1, cashGbp);
    }

    /// <summary>Adds arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException">An element is null (the arrests before it have been added).</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests) => AddRangeCore(arrests, default, 0);

    /// <summary>Adds arrests, each with the cash seized on it: <c>cashGbp[i]</c> belongs to <c>arrests[i]</c>.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentNullException">An element is null (the arrests before it have been added).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (the arrests before it have been added).</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp)
    {
        CheckOneAmountPerArrest(cashGbp.Length, arrests.Length);
        AddRangeCore(arrests, cashGbp, 0);
    }

    /// <summary>Adds arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or an element is null (the arrests before it have been added).</exception>
    /// <remarks>Immediate: enumerates once. Allocates only what the enumerator of <paramref name="arrests"/> allocates.</remarks>
    public void AddRange(IEnumerable<Arrest> arrests)
    {
        Preconditions.CheckNotNull(arrests);
        switch (arrests)
        {
            case ArrestSet set:
                AddCodesCore(set.Codes.Span, default, 0);
                break;
            case Arrest[] array:
                AddRangeCore(array, default, 0);
                break;
            case List<Arrest> list:
                AddRangeCore(CollectionsMarshal.AsSpan(list), default, 0);
                break;
            case EquatableArray<Arrest> equatable:
                AddRangeCore(equatable.AsSpan(), default, 0);
                break;
            case ImmutableArray<Arrest> immutable:
                AddRangeCore(immutable.AsSpan(), default, 0);
                break;
            default:
                foreach (Arrest arrest in arrests)
                {
                    Preconditions.CheckNotNull(arrest);
                    AddAt(indexer.IndexOf(arrest.BreakdownCodes), 1, 0m);
                }
                break;
        }
    }

    /// <summary>Adds every arrest of a set, reading its code column rather than the arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <remarks>Immediate: a pass over 8 bytes an arrest, in order. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ArrestSet arrests)
    {
        Preconditions.CheckNotNull(arrests);
        AddCodesCore(arrests.Codes.Span, default, 0);
    }

    /// <summary>
    /// Adds every arrest of a set, reading its code column rather than the arrests, each with the cash seized on it:
    /// <c>cashGbp[i]</c> belongs to <c>arrests[i]</c>.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (the arrests before it have been added).</exception>
    /// <remarks>Immediate: a pass over 24 bytes an arrest, in order. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ArrestSet arrests, ReadOnlySpan<decimal> cashGbp)
    {
        Preconditions.CheckNotNull(arrests);
        CheckOneAmountPerArrest(cashGbp.Length, arrests.Count);
        AddCodesCore(arrests.Codes.Span, cashGbp, 0);
    }

    /// <summary>
    /// Adds every arrest of a set on <paramref name="degreeOfParallelism"/> threads, reading its code column, exactly
    /// as <see cref="AddRangeParallel(ReadOnlyMemory{Arrest}, ReadOnlyMemory{decimal}, int)"/> does for arrests.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <param name="degreeOfParallelism">How many threads to use, at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cashGbp"/> is neither empty nor the length of <paramref name="arrests"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or an amount is negative.</exception>
    /// <remarks>As for the overload over arrests: blocks until done, leaves this accumulator unchanged if a chunk fails, and does not allocate once the helpers exist.</remarks>
    public void AddRangeParallel(ArrestSet arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism)
    {
        Preconditions.CheckNotNull(arrests);
        ParallelFor(degreeOfParallelism, cashGbp, arrests.Count).Run(this, default, arrests.Codes, cashGbp);
    }

    /// <summary>
    /// Adds arrests on <paramref name="degreeOfParallelism"/> threads: the calling thread and
    /// <paramref name="degreeOfParallelism"/> - 1 helper threads each count the chunks of the input they take into a
    /// worker accumulator of their own, and the workers are then merged into this one. The result equals
    /// <see cref="AddRange(ReadOnlySpan{Arrest}, ReadOnlySpan{decimal})"/> exactly.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <param name="degreeOfParallelism">How many threads to use, at least 1 (the library never reads the machine's processor count: the caller chooses).</param>
    /// <exception cref="ArgumentException"><paramref name="cashGbp"/> is neither empty nor the length of <paramref name="arrests"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or an amount is negative.</exception>
    /// <exception cref="ArgumentNullException">An element is null.</exception>
    /// <remarks>
    /// <para>
    /// Immediate; blocks until done. When several elements are bad, the exception names one of them, not necessarily
    /// the first. Threads take the input in chunks as they become free, so a thread that starts late
    /// or runs on a busy core simply does fewer chunks; a helper that has not woken by the time the calling thread has
    /// finished is not waited for, so on a busy machine the calling thread does them all. If any chunk fails, this
    /// accumulator is left unchanged.
    /// </para>
    /// <para>
    /// The first call with a given degree allocates the workers (a grid each) and starts the helpers: background threads
    /// of the accumulator's own, not the thread pool's (whose thread injection allocates), which wait parked between
    /// calls and end when the accumulator is collected or called with another degree. Later calls with the same degree
    /// reuse them and do not allocate. Not thread-safe, like the rest of the accumulator: one call at a time.
    /// </para>
    /// </remarks>
    public void AddRangeParallel(ReadOnlyMemory<Arrest> arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism) =>
        ParallelFor(degreeOfParallelism, cashGbp, arrests.Length).Run(this, arrests, default, cashGbp);

    /// <summary>
    /// Adds every arrest of an operation, attributing to each the cash seized on it: the sum of the operation's
    /// <see cref="CashSeized"/> seizures whose <see cref="Seizure.FromArrest"/> is that arrest's id.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// Cash seized on an arrest is not in pounds sterling (convert it first: amounts in different currencies never add
    /// up silently). Nothing is added when this is thrown.
    /// </exception>
    /// <remarks>
    /// Immediate. Allocates a map of cash by arrest id, once per call, when the operation has cash seized on arrests.
    /// Cash not seized on an arrest (found in a search, say) is not part of an arrest breakdown and is left out; cash
    /// linked to an id that no arrest of the operation has is left out too (validation reports the broken link). Amounts
    /// are summed as stated, whatever their <see cref="Precision"/>.
    /// </remarks>
    public void AddOperation(Operation operation)
    {
        Preconditions.CheckNotNull(operation);
        Dictionary<ArrestId, decimal>? cashByArrest = null;
        foreach (Seizure seizure in operation.Seizures)
        {
            if (seizure is { Item: CashSeized seized, FromArrest: { } arrestId })
            {
                if (seized.Amount.Currency != Currency.Gbp)
                {
                    throw new InvalidOperationException(
                        $"Seizure {seizure.Id} is cash in {seized.Amount.Currency}; arrest breakdowns total cash in GBP only. Convert it to GBP first: amounts in different currencies never add up.");
                }
                cashByArrest ??= [];
                CollectionsMarshal.GetValueRefOrAddDefault(cashByArrest, arrestId, out _) += seized.Amount.Amount;
            }
        }
        foreach (Arrest arrest in operation.Arrests)
        {
            decimal amount = cashByArrest is not null && cashByArrest.TryGetValue(arrest.Id, out decimal found) ? found : 0m;
            AddAt(indexer.IndexOf(arrest.BreakdownCodes), 1, amount);
        }
    }

    /// <summary>Adds every cell of a breakdown (for example one computed on another partition or machine).</summary>
    /// <param name="breakdown">A breakdown over the same dimensions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    /// <exception cref="ArgumentException">The breakdown has other dimensions.</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void Merge(ArrestBreakdown breakdown)
    {
        Preconditions.CheckNotNull(breakdown);
        CheckSameDimensions(breakdown.Dimensions, nameof(breakdown));
        foreach (ArrestBreakdownCell cell in breakdown.Cells)
        {
            AddCell(cell.Key, cell.Count, cell.CashGbp);
        }
    }

    /// <summary>Adds everything another accumulator holds; <paramref name="other"/> is left unchanged.</summary>
    /// <param name="other">An accumulator over the same dimensions (not this one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has other dimensions, or is this accumulator.</exception>
    /// <remarks>Immediate; a pass over the grid. Does not allocate (except to grow a sparse grid).</remarks>
    public void Merge(ArrestBreakdownAccumulator other)
    {
        Preconditions.CheckNotNull(other);
        CheckSameDimensions(other.Dimensions, nameof(other));
        if (ReferenceEquals(this, other))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }
        if (dense is not null)
        {
            dense.Merge(other.dense!);
        }
        else
        {
            foreach (KeyValuePair<int, Cell> pair in other.sparse!)
            {
                AddAt(pair.Key, pair.Value.Count, pair.Value.Cash);
            }
        }
    }

    /// <summary>The breakdown of everything added so far. The accumulator is unchanged and can go on adding.</summary>
    /// <returns>The breakdown.</returns>
    /// <remarks>Immediate; a pass over the grid. Allocates the result (its cells only).</remarks>
    public ArrestBreakdown ToBreakdown()
    {
        var cells = ImmutableArray.CreateBuilder<ArrestBreakdownCell>();
        var indexes = new List<int>();
        if (dense is not null)
        {
            for (int i = 0; i < dense.Length; i++)
            {
                if (dense.CountAt(i) != 0)
                {
                    cells.Add(new ArrestBreakdownCell(layout.KeyAt(i), dense.CountAt(i), dense.CashAt(i)));
                    indexes.Add(i);
                }
            }
        }
        else
        {
            foreach (KeyValuePair<int, Cell> pair in sparse!)
            {
                if (pair.Value.Count != 0)
                {
                    indexes.Add(pair.Key);
                }
            }
            indexes.Sort();
            foreach (int i in indexes)
            {
                Cell cell = sparse[i];
                cells.Add(new ArrestBreakdownCell(layout.KeyAt(i), cell.Count, cell.Cash));
            }
        }
        return new ArrestBreakdown(Dimensions, cells.DrainToImmutable(), [.. indexes]);
    }

    /// <summary>Adds a count and cash to the cell of <paramref name="key"/>, whose dimensions must be this accumulator's.</summary>
    internal void AddCell(ArrestBreakdownKey key, long count, decimal cashGbp) => AddAt(layout.IndexOf(key), count, cashGbp);

    /// <summary>Checks the arguments common to the parallel overloads and returns the machinery for <paramref name="degreeOfParallelism"/>.</summary>
    private ParallelAccumulation ParallelFor(int degreeOfParallelism, ReadOnlyMemory<decimal> cashGbp, int count)
    {
        if (!cashGbp.IsEmpty && cashGbp.Length != count)
        {
            throw new ArgumentException($"{nameof(cashGbp)} must be empty or have one amount per arrest ({count}); it has {cashGbp.Length}.", nameof(cashGbp));
        }
        Preconditions.CheckPositive(degreeOfParallelism);
        if (parallel is null || parallel.Degree != degreeOfParallelism)
        {
            parallel?.Dismiss();
            // Cleared first, so that if creating the new one fails, a later call does not reuse the dismissed one.
            parallel = null;
            parallel = new ParallelAccumulation(Dimensions, degreeOfParallelism);
        }
        return parallel;
    }

    /// <summary>
    /// The loop every bulk add over an <see cref="ArrestSet"/>'s code column ends in; <paramref name="offset"/> as for
    /// <see cref="AddRangeCore"/>.
    /// </summary>
    internal void AddCodesCore(ReadOnlySpan<ulong> codes, ReadOnlySpan<decimal> cashGbp, int offset)
    {
        DenseGrid? grid = dense;
        if (grid is null)
        {
            for (int i = 0; i < codes.Length; i++)
            {
                AddAt(indexer.IndexOf(codes[i]), 1, cashGbp.IsEmpty ? 0m : CheckAmount(cashGbp[i], offset + i));
            }
            return;
        }
        Span<int> indexes = batchIndexes;
        for (int start = 0; start < codes.Length; start += BatchSize)
        {
            int length = Math.Min(BatchSize, codes.Length - start);
            if (atMostFour)
            {
                grid.CountCodes(codes.Slice(start, length), fourIndexer, indexes);
            }
            else
            {
                grid.CountCodes(codes.Slice(start, length), indexer, indexes);
            }
            AddBatchCash(grid, indexes[..length], cashGbp, start, offset);
        }
    }

    /// <summary>
    /// Adds the cash of the batch of arrests just counted into cells <paramref name="indexes"/>, which starts at
    /// <paramref name="start"/>; on a negative amount, takes back the arrests from it on and throws.
    /// </summary>
    private void AddBatchCash(DenseGrid grid, ReadOnlySpan<int> indexes, ReadOnlySpan<decimal> cashGbp, int start, int offset)
    {
        if (cashGbp.IsEmpty)
        {
            return;
        }
        int added = grid.AddCash(indexes, cashGbp.Slice(start, indexes.Length), batchWithCash!);
        if (added < indexes.Length)
        {
            // The arrests before the negative amount stay counted, as documented; the rest are taken back.
            grid.Uncount(indexes[added..]);
            throw NegativeAmount(cashGbp[start + added], offset + start + added);
        }
    }

    /// <summary>
    /// The loop every bulk add ends in. <paramref name="offset"/> is the position of <c>arrests[0]</c> in the caller's
    /// input, for error messages.
    /// </summary>
    /// <remarks>
    /// Arrests are taken a batch at a time: <see cref="DenseGrid.CountArrests{TIndexer}"/> counts the batch and notes each
    /// arrest's cell, then the batch's cash is added to those cells in a pass of its own.
    /// </remarks>
    internal void AddRangeCore(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp, int offset)
    {
        AllDimensions ix = indexer;
        DenseGrid? grid = dense;
        if (grid is null)
        {
            for (int i = 0; i < arrests.Length; i++)
            {
                int index = ix.IndexOf(CheckArrest(arrests[i], offset + i).BreakdownCodes);
                AddAt(index, 1, cashGbp.IsEmpty ? 0m : CheckAmount(cashGbp[i], offset + i));
            }
            return;
        }
        Span<int> indexes = batchIndexes;
        for (int start = 0; start < arrests.Length; start += BatchSize)
        {
            int length = Math.Min(BatchSize, arrests.Length - start);
            int counted = atMostFour
                ? grid.CountArrests(arrests, start, length, fourIndexer, indexes)
                : grid.CountArrests(arrests, start, length, ix, indexes);
            AddBatchCash(grid, indexes[..counted], cashGbp, start, offset);
            if (counted < length)
            {
                // The arrests before the null one have been counted, as documented.
                throw NullArrest(offset + start + counted);
            }
        }
    }

    private static void CheckOneAmountPerArrest(int amounts, int arrests)
    {
        if (amounts != arrests)
        {
            // Not Preconditions.CheckArgument: its message would be formatted, and allocated, on every call.
            throw new ArgumentException($"cashGbp must have one amount per arrest ({arrests}); it has {amounts}.", "cashGbp");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Arrest CheckArrest(Arrest? arrest, int position) => arrest ?? throw NullArrest(position);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal CheckAmount(decimal amount, int position) =>
        decimal.IsNegative(amount) && !DenseGrid.IsZero(in amount) ? throw NegativeAmount(amount, position) : amount;

    private static ArgumentNullException NullArrest(int position) =>
        new("arrests", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"arrests[{position}] is null."));

    private static ArgumentOutOfRangeException NegativeAmount(decimal amount, int position) =>
        new("cashGbp", amount, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cashGbp[{position}] must not be negative."));

    private void AddAt(int index, long count, decimal cashGbp)
    {
        if (dense is not null)
        {
            dense.Add(index, count, cashGbp);
        }
        else
        {
            ref Cell cell = ref CollectionsMarshal.GetValueRefOrAddDefault(sparse!, index, out _);
            cell.Count += count;
            cell.Cash += cashGbp;
        }
    }

    private void CheckSameDimensions(ArrestDimension dimensions, string paramName)
    {
        if (dimensions != Dimensions)
        {
            throw new ArgumentException($"{paramName} is over dimensions ({dimensions}) but the accumulator is over ({Dimensions}).", paramName);
        }
    }

    private struct Cell
    {
        public long Count;
        public decimal Cash;
    }
}
