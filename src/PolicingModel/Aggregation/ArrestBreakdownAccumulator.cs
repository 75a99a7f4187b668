using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

/// <summary>
/// Builds an <see cref="ArrestBreakdown"/> from arrests added in bulk or one at a time, without allocating per arrest,
/// and can be reset and reused: the tool for large inputs, streams, and repeated breakdowns.
/// </summary>
/// <remarks>
/// <para>
/// A builder, like <see cref="System.Text.StringBuilder"/>, and the library's one documented mutable type. It is not
/// thread-safe: use one per thread and merge them, or call
/// <see cref="AddRangeParallel(ReadOnlyMemory{Arrest}, ReadOnlyMemory{decimal}, int, CancellationToken)"/>, which does
/// exactly that on the thread pool. A call made while another is running on a different thread fails at once with an
/// <see cref="InvalidOperationException"/> rather than corrupting the counts.
/// </para>
/// <para>
/// <b>All or nothing.</b> Every operation either completes or leaves the accumulator as it was: a bulk add checks its
/// amounts before it counts anything, and takes back what it counted if it meets a null arrest; a parallel add counts
/// into private workers and merges them only when every chunk has succeeded.
/// </para>
/// <para>
/// Cells are held in dense arrays indexed by the coded dimensions when the grid has at most 2,097,152 cells (every
/// combination of up to five dimensions does, and so does offence group × age band × ethnicity × home area, 47,520
/// cells); the arrays are allocated once, by the constructor. Larger grids (six or more dimensions including home area
/// or force) are held sparsely in a dictionary that grows as new cells are seen.
/// </para>
/// <para>
/// Cash is attributed to arrests by the caller, in pounds sterling: amounts in other currencies must be converted
/// first, because amounts in different currencies never add up silently. <see cref="AddOperation"/> does the attribution
/// for an operation from its seizures. Cash is summed as <see cref="decimal"/>, exactly unless a total needs more than
/// 28 significant digits.
/// </para>
/// <para>
/// <b>Bounds.</b> Each amount given is at most <see cref="Money.MaxAmount"/>, and an accumulator holds at most
/// <see cref="MaxArrests"/> arrests and <see cref="MaxCashGbp"/> pounds (counted conservatively: every amount passed
/// counts as <see cref="Money.MaxAmount"/> until its cell is summed). A call that would pass either bound throws
/// <see cref="OverflowException"/> before it changes anything, so no sum inside can overflow.
/// </para>
/// </remarks>
[Mutable]
public sealed class ArrestBreakdownAccumulator
{
    // Arrests whose cell indexes are worked out together before they are counted: large enough that the per-batch work
    // is negligible, small enough that the indexes stay in the first-level cache.
    private const int BatchSize = 4096;

    // Arrests a parallel worker takes at a time: a million arrests are 62 chunks, so a worker that starts late or runs
    // on a busy core simply takes fewer of them.
    private const int ChunkSize = 16_384;

    private readonly DimensionLayout layout;
    private readonly AllDimensions indexer;
    private readonly FourDimensions fourIndexer;
    private readonly bool atMostFour;
    private readonly CellStore cells;

    // Working space: a batch's cell indexes, and the position and cell of every non-zero amount of the current call.
    private readonly int[] batch = new int[BatchSize];
    private int[] cashPositions = [];
    private int[] cashCells = [];

    private ArrestBreakdownAccumulator[] workers = [];
    private int inUse;

    // Upper bounds of what the cells hold, kept per call (never per arrest) so that a call that could overflow a cell is
    // refused before it starts. Doubles: only compared against limits far below their rounding.
    private double arrestsBound;
    private double cashBound;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>
    /// Allocates the cell grid (33 bytes a cell; about 1.6 MB for offence group × age band × ethnicity × home area) and
    /// 16 KB of working space.
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
        cells = CellStore.Create(layout.CellCount);
    }

    /// <summary>The dimensions split by.</summary>
    public ArrestDimension Dimensions => layout.Dimensions;

    /// <summary>The most arrests one accumulator holds: 10^18.</summary>
    public const long MaxArrests = 1_000_000_000_000_000_000L;

    /// <summary>The most cash one accumulator holds, in pounds: 10^27 (decimal holds about 7.9 × 10^28).</summary>
    public const decimal MaxCashGbp = 1_000_000_000_000_000_000_000_000_000m;

    // True when nothing has been added since the accumulator was created or last reset (false may also mean only zeros were added).
    internal bool IsEmpty => cells.IsEmpty;

    /// <summary>Empties the accumulator, keeping its storage for reuse.</summary>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate; does not allocate. Clears the whole dense grid.</remarks>
    public void Reset()
    {
        Enter();
        try
        {
            cells.Clear();
            arrestsBound = cashBound = 0;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds one arrest, with the cash seized on it.</summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="cashGbp">Cash seized on the arrest, in pounds sterling; zero when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cashGbp"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid on a new cell).</remarks>
    public void Add(Arrest arrest, decimal cashGbp = 0m)
    {
        Preconditions.CheckNotNull(arrest);
        Preconditions.CheckAtMost(Preconditions.CheckNotNegative(cashGbp), Money.MaxAmount, nameof(cashGbp));
        Enter();
        try
        {
            CheckRoom(1, cashGbp);
            cells.Add(indexer.IndexOf(ArrestCodes.Of(arrest, Dimensions)), 1, cashGbp);
            Commit(1, cashGbp);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException">An element is null (nothing is added).</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests) => AddRange(arrests, default);

    /// <summary>Adds arrests, each with the cash seized on it: <c>cashGbp[i]</c> belongs to <c>arrests[i]</c>.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentNullException">An element is null (nothing is added).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (nothing is added).</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate. Does not allocate in steady state (a list of the positions of non-zero amounts is kept for reuse; a sparse grid grows on new cells).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp)
    {
        CheckAmountsPerArrest(cashGbp.Length, arrests.Length);
        Enter();
        try
        {
            CheckRoom(arrests.Length, cashGbp.Length * Money.MaxAmount);
            AddArrests(arrests, cashGbp, 0);
            Commit(arrests.Length, cashGbp.Length * Money.MaxAmount);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or an element is null (nothing is added).</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>
    /// Immediate: enumerates once. Arrays, lists, <see cref="EquatableArray{T}"/>, <see cref="ImmutableArray{T}"/> and
    /// <see cref="ArrestSet"/> are read directly; any other sequence is enumerated into a list of cell indexes kept for
    /// reuse (4 bytes an arrest), so that a null met late leaves nothing added.
    /// </remarks>
    public void AddRange(IEnumerable<Arrest> arrests)
    {
        Preconditions.CheckNotNull(arrests);
        switch (arrests)
        {
            case ArrestSet set:
                AddRange(set);
                return;
            case Arrest[] array:
                AddRange(array.AsSpan(), default);
                return;
            case List<Arrest> list:
                AddRange(CollectionsMarshal.AsSpan(list), default);
                return;
            case EquatableArray<Arrest> equatable:
                AddRange(equatable.AsSpan(), default);
                return;
            case ImmutableArray<Arrest> immutable:
                AddRange(immutable.AsSpan(), default);
                return;
        }
        Enter();
        try
        {
            int count = 0;
            foreach (Arrest arrest in arrests)
            {
                Grow(ref cashCells, count + 1);
                cashCells[count] = indexer.IndexOf(ArrestCodes.Of(arrest ?? throw NullArrest(count), Dimensions));
                count++;
            }
            CheckRoom(count, 0m);
            cells.Count(cashCells.AsSpan(0, count));
            Commit(count, 0m);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds every arrest of a set, reading its code column rather than the arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate: a pass over 8 bytes an arrest, in order. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ArrestSet arrests) => AddRange(arrests, default);

    /// <summary>
    /// Adds every arrest of a set, reading its code column rather than the arrests, each with the cash seized on it:
    /// <c>cashGbp[i]</c> belongs to <c>arrests[i]</c>.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (nothing is added).</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate: a pass over 24 bytes an arrest, in order. Does not allocate in steady state.</remarks>
    public void AddRange(ArrestSet arrests, ReadOnlySpan<decimal> cashGbp)
    {
        Preconditions.CheckNotNull(arrests);
        CheckAmountsPerArrest(cashGbp.Length, arrests.Count);
        Enter();
        try
        {
            CheckRoom(arrests.Count, cashGbp.Length * Money.MaxAmount);
            AddCodes(arrests.Codes.Span, cashGbp, 0);
            Commit(arrests.Count, cashGbp.Length * Money.MaxAmount);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// Adds arrests on up to <paramref name="degreeOfParallelism"/> threads of the thread pool, the calling thread
    /// among them: each takes chunks of the input as it becomes free and counts them into a worker of its own, and the
    /// workers are merged into this accumulator once every chunk has been counted. The result equals
    /// <see cref="AddRange(ReadOnlySpan{Arrest}, ReadOnlySpan{decimal})"/> exactly.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <param name="degreeOfParallelism">How many threads to use, at least 1 (the library never reads the machine's processor count: the caller chooses).</param>
    /// <param name="cancellationToken">Checked before each chunk; when it is cancelled the call stops and nothing is added.</param>
    /// <exception cref="ArgumentException"><paramref name="cashGbp"/> is neither empty nor the length of <paramref name="arrests"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or an amount is negative.</exception>
    /// <exception cref="ArgumentNullException">An element is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>
    /// Immediate; blocks until done. If anything fails (a bad element, cancellation), this accumulator is left unchanged
    /// and the exception of one failing chunk is thrown (not necessarily the first in input order). The first call with
    /// a given degree allocates the workers (a grid each, kept for reuse); every call allocates the thread pool's own
    /// bookkeeping for the parallel loop (under a kilobyte). No thread is owned by the accumulator.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public void AddRangeParallel(ReadOnlyMemory<Arrest> arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism, CancellationToken cancellationToken = default)
    {
        CheckParallel(cashGbp.Length, arrests.Length, degreeOfParallelism);
        RunParallel(new Chunks(arrests, default, cashGbp), degreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Adds every arrest of a set on up to <paramref name="degreeOfParallelism"/> threads, reading its code column, as
    /// <see cref="AddRangeParallel(ReadOnlyMemory{Arrest}, ReadOnlyMemory{decimal}, int, CancellationToken)"/> does for arrests.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <param name="degreeOfParallelism">How many threads to use, at least 1.</param>
    /// <param name="cancellationToken">Checked before each chunk; when it is cancelled the call stops and nothing is added.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cashGbp"/> is neither empty nor the length of <paramref name="arrests"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or an amount is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>As for the overload over arrests: all or nothing, workers kept for reuse, the pool's bookkeeping allocated per call.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public void AddRangeParallel(ArrestSet arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrests);
        CheckParallel(cashGbp.Length, arrests.Count, degreeOfParallelism);
        RunParallel(new Chunks(default, arrests.Codes, cashGbp), degreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Adds every arrest of an operation, attributing to each the cash seized on it: the sum of the operation's
    /// <see cref="CashSeized"/> seizures whose <see cref="Seizure.FromArrest"/> is that arrest's id.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// Cash seized on an arrest is not in pounds sterling (convert it first: amounts in different currencies never add
    /// up silently), or another thread is using the accumulator. Nothing is added when this is thrown.
    /// </exception>
    /// <remarks>
    /// Immediate. Allocates a map of cash by arrest id, once per call, when the operation has cash seized on arrests.
    /// Cash not seized on an arrest (found in a search, say) is not part of an arrest breakdown and is left out; cash
    /// linked to an id that no arrest of the operation has is left out too (validation reports the broken link). Amounts
    /// are summed at the lower end of what the source stated: an approximate or lower-bound amount adds its figure, a
    /// range its lower end, and an "up to" or unquantified amount nothing (a breakdown is a table of numbers; the
    /// hedges are kept by <c>OperationSummary</c>).
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
                CollectionsMarshal.GetValueRefOrAddDefault(cashByArrest, arrestId, out _) += seized.Amount.LowerEnd;
            }
        }
        // Amounts are at most Money.MaxAmount each, so the sums per arrest above cannot overflow; bound them together.
        decimal cash = 0m;
        foreach (decimal amount in cashByArrest?.Values ?? (IEnumerable<decimal>)[])
        {
            cash += amount;
        }
        Enter();
        try
        {
            CheckRoom(operation.Arrests.Length, cash);
            foreach (Arrest arrest in operation.Arrests)
            {
                decimal amount = cashByArrest is not null && cashByArrest.TryGetValue(arrest.Id, out decimal found) ? found : 0m;
                cells.Add(indexer.IndexOf(ArrestCodes.Of(arrest, Dimensions)), 1, amount);
            }
            Commit(operation.Arrests.Length, cash);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds every cell of a breakdown (for example one computed on another partition or machine).</summary>
    /// <param name="breakdown">A breakdown over the same dimensions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    /// <exception cref="ArgumentException">The breakdown has other dimensions.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void Merge(ArrestBreakdown breakdown)
    {
        Preconditions.CheckNotNull(breakdown);
        CheckSameDimensions(breakdown.Dimensions, nameof(breakdown));
        Enter();
        try
        {
            CheckRoom(breakdown.TotalCount, breakdown.TotalCashGbp);
            foreach (ArrestBreakdownCell cell in breakdown.Cells)
            {
                cells.Add(layout.IndexOf(cell.Key), cell.Count, cell.CashGbp);
            }
            Commit(breakdown.TotalCount, breakdown.TotalCashGbp);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Adds everything another accumulator holds; <paramref name="other"/> is left unchanged.</summary>
    /// <param name="other">An accumulator over the same dimensions (not this one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has other dimensions, or is this accumulator.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate; a pass over the grid. Does not allocate (except to grow a sparse grid).</remarks>
    public void Merge(ArrestBreakdownAccumulator other)
    {
        Preconditions.CheckNotNull(other);
        CheckSameDimensions(other.Dimensions, nameof(other));
        Preconditions.CheckArgument(!ReferenceEquals(this, other), nameof(other), "An accumulator cannot be merged into itself.");
        Enter();
        try
        {
            CheckRoom(other.arrestsBound, other.cashBound);
            cells.Merge(other.cells);
            Commit(other.arrestsBound, other.cashBound);
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>The breakdown of everything added so far. The accumulator is unchanged and can go on adding.</summary>
    /// <returns>The breakdown.</returns>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <exception cref="OverflowException">The call could take the accumulator past <see cref="MaxArrests"/> or <see cref="MaxCashGbp"/>; nothing is added.</exception>
    /// <remarks>Immediate; a pass over the grid. Allocates the result (its cells only).</remarks>
    public ArrestBreakdown ToBreakdown()
    {
        Enter();
        try
        {
            var indexes = new List<int>();
            cells.NonEmpty(indexes);
            var result = ImmutableArray.CreateBuilder<ArrestBreakdownCell>(indexes.Count);
            foreach (int i in indexes)
            {
                result.Add(new ArrestBreakdownCell(layout.KeyAt(i), cells.CountAt(i), cells.CashAt(i)));
            }
            return new ArrestBreakdown(Dimensions, result.MoveToImmutable(), [.. indexes]);
        }
        finally
        {
            Exit();
        }
    }

    // Counts one arrest per packed code (codes of every dimension, as ArrestCodes.Of makes them), no cash: for the
    // readers that classify arrests straight from JSON.
    internal void CountCodes(ReadOnlySpan<ulong> codes)
    {
        Enter();
        try
        {
            AddCodes(codes, default, 0);
        }
        finally
        {
            Exit();
        }
    }

    // Adds a count and cash to the cell of key, whose dimensions must be this accumulator's.
    internal void AddCell(ArrestBreakdownKey key, long count, decimal cashGbp) => cells.Add(layout.IndexOf(key), count, cashGbp);

    // The bulk add over arrests; offset is the position of arrests[0] in the caller's input, for messages.
    private void AddArrests(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp, int offset) =>
        AddBatches(new ArrestBatches(this, arrests), cashGbp, offset);

    // The bulk add over an ArrestSet's code column.
    private void AddCodes(ReadOnlySpan<ulong> codes, ReadOnlySpan<decimal> cashGbp, int offset) =>
        AddBatches(new CodeBatches(this, codes), cashGbp, offset);

    // Every bulk add: lists and checks the cash first, then counts a batch at a time, and adds the cash of the listed
    // arrests last, so that a bad element is found before anything is left changed (a null arrest met in a later batch
    // takes back the batches before it, which only counted).
    private void AddBatches<TBatches>(TBatches batches, ReadOnlySpan<decimal> cashGbp, int offset)
        where TBatches : IBatches, allows ref struct
    {
        int withCash = ListCash(cashGbp, offset);
        Span<int> indexes = batch;
        int listed = 0;
        for (int start = 0; start < batches.Length; start += BatchSize)
        {
            int length = Math.Min(BatchSize, batches.Length - start);
            int indexed = batches.Index(start, length, indexes);
            if (indexed < length)
            {
                for (int done = 0; done < start; done += BatchSize)
                {
                    batches.Index(done, BatchSize, indexes);
                    cells.Uncount(indexes);
                }
                throw NullArrest(offset + start + indexed);
            }
            cells.Count(indexes[..length]);
            listed = NoteCashCells(indexes, start, length, withCash, listed);
        }
        AddListedCash(cashGbp, withCash);
    }

    // A bulk input, cut into batches whose cell indexes are worked out together: Index writes the cell of each arrest
    // in [start, start + length) and returns how many there were before a null arrest.
    private interface IBatches
    {
        int Length { get; }

        int Index(int start, int length, Span<int> indexes);
    }

    private readonly ref struct ArrestBatches(ArrestBreakdownAccumulator owner, ReadOnlySpan<Arrest> arrests) : IBatches
    {
        private readonly ReadOnlySpan<Arrest> arrests = arrests;

        public int Length => arrests.Length;

        public int Index(int start, int length, Span<int> indexes) => owner.atMostFour
            ? IndexArrests(arrests.Slice(start, length), owner.fourIndexer, owner.Dimensions, indexes)
            : IndexArrests(arrests.Slice(start, length), owner.indexer, owner.Dimensions, indexes);
    }

    private readonly ref struct CodeBatches(ArrestBreakdownAccumulator owner, ReadOnlySpan<ulong> codes) : IBatches
    {
        private readonly ReadOnlySpan<ulong> codes = codes;

        public int Length => codes.Length;

        public int Index(int start, int length, Span<int> indexes)
        {
            if (owner.atMostFour)
            {
                IndexCodes(codes.Slice(start, length), owner.fourIndexer, indexes);
            }
            else
            {
                IndexCodes(codes.Slice(start, length), owner.indexer, indexes);
            }
            return length;
        }
    }

    private static void IndexCodes<TIndexer>(ReadOnlySpan<ulong> codes, TIndexer cellIndexer, Span<int> indexes)
        where TIndexer : struct, ICellIndexer
    {
        for (int i = 0; i < codes.Length; i++)
        {
            indexes[i] = cellIndexer.IndexOf(codes[i]);
        }
    }

    // Writes each arrest's cell index to indexes; stops at a null arrest and returns how many it indexed.
    private static int IndexArrests<TIndexer>(ReadOnlySpan<Arrest> arrests, TIndexer cellIndexer, ArrestDimension dimensions, Span<int> indexes)
        where TIndexer : struct, ICellIndexer
    {
        for (int i = 0; i < arrests.Length; i++)
        {
            if (arrests[i] is not { } arrest)
            {
                return i;
            }
            indexes[i] = cellIndexer.IndexOf(ArrestCodes.Of(arrest, dimensions));
        }
        return arrests.Length;
    }

    // Lists the position of every non-zero amount in cashPositions and returns how many there are; throws,
    // with nothing changed, at a negative amount.
    private int ListCash(ReadOnlySpan<decimal> cashGbp, int offset)
    {
        int withCash = 0;
        for (int start = 0; start < cashGbp.Length; start += BatchSize)
        {
            ReadOnlySpan<decimal> part = cashGbp.Slice(start, Math.Min(BatchSize, cashGbp.Length - start));
            int found = DecimalBits.ListNonZero(part, batch);
            if (found < 0)
            {
                int position = start - 1 - found;
                throw NegativeAmount(cashGbp[position], offset + position);
            }
            for (int i = 0; i < found; i++)
            {
                if (!DecimalBits.IsAtMostMaxAmount(in part[batch[i]]))
                {
                    throw TooLargeAmount(part[batch[i]], offset + start + batch[i]);
                }
            }
            Grow(ref cashPositions, withCash + found);
            for (int i = 0; i < found; i++)
            {
                cashPositions[withCash + i] = start + batch[i];
            }
            withCash += found;
        }
        Grow(ref cashCells, withCash);
        return withCash;
    }

    // Copies the cell of each listed amount in the batch just indexed (which starts at start); returns the next listed amount.
    private int NoteCashCells(ReadOnlySpan<int> indexes, int start, int length, int withCash, int listed)
    {
        while (listed < withCash && cashPositions[listed] < start + length)
        {
            cashCells[listed] = indexes[cashPositions[listed] - start];
            listed++;
        }
        return listed;
    }

    private void AddListedCash(ReadOnlySpan<decimal> cashGbp, int withCash)
    {
        for (int i = 0; i < withCash; i++)
        {
            cells.AddCash(cashCells[i], in cashGbp[cashPositions[i]]);
        }
    }

    // The parallel add: workers of this accumulator's own count the chunks; they are merged only if all succeed.
    private void RunParallel(Chunks chunks, int degreeOfParallelism, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            CheckRoom(chunks.Length, chunks.CashLength * Money.MaxAmount);
            if (workers.Length != degreeOfParallelism)
            {
                workers = [.. Enumerable.Range(0, degreeOfParallelism).Select(_ => new ArrestBreakdownAccumulator(Dimensions))];
            }
            try
            {
                chunks.Run(workers, cancellationToken);
                foreach (ArrestBreakdownAccumulator worker in workers)
                {
                    cells.Merge(worker.cells);
                }
                Commit(chunks.Length, chunks.CashLength * Money.MaxAmount);
            }
            catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
            }
            finally
            {
                foreach (ArrestBreakdownAccumulator worker in workers)
                {
                    worker.cells.Clear();
                }
            }
        }
        finally
        {
            Exit();
        }
    }

    // The input of a parallel add, and the loop that hands its chunks to the workers.
    private sealed class Chunks(ReadOnlyMemory<Arrest> arrests, ReadOnlyMemory<ulong> codes, ReadOnlyMemory<decimal> cashGbp)
    {
        private int next;

        private int Count => codes.IsEmpty ? arrests.Length : codes.Length;

        internal int Length => Count;

        internal int CashLength => cashGbp.Length;

        internal void Run(ArrestBreakdownAccumulator[] workers, CancellationToken cancellationToken)
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = workers.Length, CancellationToken = cancellationToken };
            Parallel.For(0, workers.Length, options, w => CountChunks(workers[w], cancellationToken));
        }

        private void CountChunks(ArrestBreakdownAccumulator worker, CancellationToken cancellationToken)
        {
            int start;
            while ((start = (Interlocked.Increment(ref next) - 1) * ChunkSize) < Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int length = Math.Min(ChunkSize, Count - start);
                ReadOnlySpan<decimal> cash = cashGbp.IsEmpty ? default : cashGbp.Span.Slice(start, length);
                if (codes.IsEmpty)
                {
                    worker.AddArrests(arrests.Span.Slice(start, length), cash, start);
                }
                else
                {
                    worker.AddCodes(codes.Span.Slice(start, length), cash, start);
                }
            }
        }
    }

    private static void Grow(ref int[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, Math.Max(BatchSize, 2 * buffer.Length)));
        }
    }

    // Fails fast when a call starts while another is running on a different thread.
    private void Enter()
    {
        if (Interlocked.Exchange(ref inUse, 1) != 0)
        {
            throw new InvalidOperationException(
                "The ArrestBreakdownAccumulator is already in use by another call: it is not thread-safe. Use one accumulator per thread and merge them, or AddRangeParallel.");
        }
    }

    private void Exit() => Volatile.Write(ref inUse, 0);

    private static void CheckAmountsPerArrest(int amounts, int arrests)
    {
        if (amounts != 0 && amounts != arrests)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"cashGbp must be empty or have one amount per arrest ({arrests}); it has {amounts}."), "cashGbp");
        }
    }

    private static void CheckParallel(int amounts, int arrests, int degreeOfParallelism)
    {
        CheckAmountsPerArrest(amounts, arrests);
        Preconditions.CheckPositive(degreeOfParallelism);
    }

    private static ArgumentNullException NullArrest(int position) =>
        new("arrests", string.Create(CultureInfo.InvariantCulture, $"arrests[{position}] is null."));

    private static ArgumentOutOfRangeException TooLargeAmount(decimal amount, int position) =>
        new("cashGbp", amount, string.Create(CultureInfo.InvariantCulture, $"cashGbp[{position}] must be at most {Money.MaxAmount:#,0} (Money.MaxAmount)."));

    // Refuses, before anything changes, a call that could take the cells past MaxArrests or MaxCashGbp.
    private void CheckRoom(double arrests, decimal cash) => CheckRoom(arrests, (double)cash);

    private void CheckRoom(double arrests, double cash)
    {
        if (arrestsBound + arrests > MaxArrests || cashBound + cash > (double)MaxCashGbp)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The accumulator would hold more than {MaxArrests:#,0} arrests or {MaxCashGbp:#,0} pounds (its bounds, counting every amount passed as up to Money.MaxAmount); nothing was added."));
        }
    }

    private void Commit(double arrests, decimal cash) => Commit(arrests, (double)cash);

    private void Commit(double arrests, double cash)
    {
        arrestsBound += arrests;
        cashBound += cash;
    }

    private static ArgumentOutOfRangeException NegativeAmount(decimal amount, int position) =>
        new("cashGbp", amount, string.Create(CultureInfo.InvariantCulture, $"cashGbp[{position}] must not be negative."));

    private void CheckSameDimensions(ArrestDimension dimensions, string paramName)
    {
        if (dimensions != Dimensions)
        {
            throw new ArgumentException($"{paramName} is over dimensions ({dimensions}) but the accumulator is over ({Dimensions}).", paramName);
        }
    }
}
