using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    // Arrests per batch of the two-pass loop in AddRangeCore. Measured on 1,000,000 arrests: 4,096 was a quarter
    // faster than 256 (fewer times per call the processor waits for a batch's last loads before it can count it), and
    // larger batches gained nothing more.
    private const int BatchSize = 4096;

    private readonly DimensionLayout layout;
    private readonly Indexer indexer;

    private readonly DenseGrid? dense;

    // Working space of the two-pass loop (48 KB): a batch's codes, then cell indexes; and where its cash is.
    private readonly ulong[]? batchCodes;
    private readonly int[]? batchWithCash;
    private readonly Dictionary<int, Cell>? sparse;
    private ParallelAccumulation? parallel;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>
    /// Allocates the cell grid (33 bytes a cell; about 1.6 MB for offence group × age band × ethnicity × home area) and
    /// 48 KB of working space.
    /// </remarks>
    public ArrestBreakdownAccumulator(ArrestDimension dimensions)
    {
        layout = DimensionLayout.For(DimensionLayout.Check(dimensions));
        indexer = new Indexer(layout.Strides);
        if (layout.CellCount <= MaxDenseCells)
        {
            dense = new DenseGrid(layout.CellCount);
            batchCodes = new ulong[BatchSize];
            batchWithCash = new int[BatchSize];
        }
        else
        {
            sparse = [];
        }
    }

    /// <summary>The dimensions split by.</summary>
    public ArrestDimension Dimensions => layout.Dimensions;

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
        if (cashGbp.Length != arrests.Length)
        {
            // Not Preconditions.CheckArgument: its message would be formatted, and allocated, on every call.
            throw new ArgumentException($"{nameof(cashGbp)} must have one amount per arrest ({arrests.Length}); it has {cashGbp.Length}.", nameof(cashGbp));
        }
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

    /// <summary>
    /// Adds arrests on <paramref name="degreeOfParallelism"/> threads: the calling thread and
    /// <paramref name="degreeOfParallelism"/> - 1 thread-pool threads each count the chunks of the input they take into a
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
    /// Immediate; blocks until done. Threads take the input in chunks as they become free, so a thread that starts late
    /// or runs on a busy core simply does fewer chunks; if no pool thread is free at all, the calling thread does them
    /// all. If any chunk fails, this accumulator is left unchanged.
    /// </para>
    /// <para>
    /// The first call with a given degree allocates the workers (a grid each) and their thread-pool work items; later
    /// calls with the same degree reuse them and do not allocate. Not thread-safe, like the rest of the accumulator:
    /// one call at a time.
    /// </para>
    /// </remarks>
    public void AddRangeParallel(ReadOnlyMemory<Arrest> arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism)
    {
        if (!cashGbp.IsEmpty && cashGbp.Length != arrests.Length)
        {
            throw new ArgumentException($"{nameof(cashGbp)} must be empty or have one amount per arrest ({arrests.Length}); it has {cashGbp.Length}.", nameof(cashGbp));
        }
        Preconditions.CheckPositive(degreeOfParallelism);
        if (parallel is null || parallel.Degree != degreeOfParallelism)
        {
            parallel = new ParallelAccumulation(Dimensions, degreeOfParallelism);
        }
        parallel.Run(arrests, cashGbp);
        parallel.MergeInto(this);
    }

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

    /// <summary>
    /// The loop every bulk add ends in. <paramref name="offset"/> is the position of <c>arrests[0]</c> in the caller's
    /// input, for error messages.
    /// </summary>
    /// <remarks>
    /// Arrests are taken a batch at a time in two passes. The first only copies each arrest's packed codes into a
    /// buffer: one load per arrest that nothing else waits on, so the processor keeps dozens of them in flight at once.
    /// That matters because a million arrests are hundreds of megabytes spread over the heap and nearly every one of
    /// those loads misses the caches; with the counting, or even the check for cash, in the same loop, far fewer misses
    /// could be in flight and the loop ran two to several times slower (measured). The second pass turns the buffered
    /// codes into cell indexes and bumps the counters, from memory that is already in the nearest cache.
    /// </remarks>
    internal void AddRangeCore(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp, int offset)
    {
        Indexer ix = indexer;
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
        Span<ulong> codes = batchCodes;
        Span<int> scratch = batchWithCash;
        for (int start = 0; start < arrests.Length; start += BatchSize)
        {
            ReadOnlySpan<Arrest> batch = arrests.Slice(start, Math.Min(BatchSize, arrests.Length - start));
            int gathered = Gather(batch, codes);
            Span<ulong> indexes = codes[..gathered];
            ix.ToIndexes(indexes);
            if (cashGbp.IsEmpty)
            {
                grid.Count(indexes);
            }
            else
            {
                int counted = grid.Count(indexes, cashGbp.Slice(start, gathered), scratch);
                if (counted < gathered)
                {
                    throw NegativeAmount(cashGbp[start + counted], offset + start + counted);
                }
            }
            if (gathered < batch.Length)
            {
                // The arrests before the null one have been counted, as documented.
                throw NullArrest(offset + start + gathered);
            }
        }
    }

    /// <summary>Copies the packed codes of <paramref name="batch"/> into <paramref name="codes"/>, stopping at a null arrest; returns how many it copied.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Gather(ReadOnlySpan<Arrest> batch, Span<ulong> codes)
    {
        for (int i = 0; i < batch.Length; i++)
        {
            Arrest? arrest = batch[i];
            if (arrest is null)
            {
                return i;
            }
            codes[i] = arrest.BreakdownCodes;
        }
        return batch.Length;
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

    /// <summary>Turns an arrest's packed codes (one byte per dimension) into its cell index: a multiply-add per dimension.</summary>
    private readonly struct Indexer
    {
        private readonly int offence;
        private readonly int age;
        private readonly int sex;
        private readonly int ethnicity;
        private readonly int officerEthnicity;
        private readonly int area;
        private readonly int force;
        private readonly int outcome;

        internal Indexer(int[] strides)
        {
            offence = strides[0];
            age = strides[1];
            sex = strides[2];
            ethnicity = strides[3];
            officerEthnicity = strides[4];
            area = strides[5];
            force = strides[6];
            outcome = strides[7];
        }

        /// <summary>Replaces each packed code in <paramref name="codes"/> by its cell index, several codes per instruction where the hardware allows.</summary>
        internal void ToIndexes(Span<ulong> codes)
        {
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                ref ulong first = ref MemoryMarshal.GetReference(codes);
                for (; i <= codes.Length - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
                {
                    Vector256<ulong> packed = Vector256.LoadUnsafe(ref first, (nuint)i);
                    Vector256<ulong> index = Term(packed, 0, offence) + Term(packed, 8, age) + Term(packed, 16, sex)
                        + Term(packed, 24, ethnicity) + Term(packed, 32, officerEthnicity) + Term(packed, 40, area)
                        + Term(packed, 48, force) + Term(packed, 56, outcome);
                    index.StoreUnsafe(ref first, (nuint)i);
                }
            }
            for (; i < codes.Length; i++)
            {
                codes[i] = (ulong)IndexOf(codes[i]);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ulong> Term(Vector256<ulong> packed, int shift, int stride) =>
            stride == 0 ? Vector256<ulong>.Zero : ((packed >>> shift) & Vector256.Create(0xFFUL)) * Vector256.Create((ulong)stride);

        // Branch-free: a dimension not split by has stride 0, so its code adds nothing.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int IndexOf(ulong codes)
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
}
