using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
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
/// Cells are held in a dense array indexed by the coded dimensions when the grid has at most 2,097,152 cells (every
/// combination of up to five dimensions does, and so does offence group × age band × ethnicity × home area, 47,520
/// cells); the array is allocated once, by the constructor. Larger grids (six or more dimensions including home area or
/// force) are held sparsely in a dictionary that grows as new cells are seen.
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

    private readonly DimensionLayout layout;
    private readonly Indexer indexer;
    private readonly Cell[]? dense;
    private readonly Dictionary<int, Cell>? sparse;
    private ArrestBreakdownAccumulator[] workers = [];

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>Allocates the cell grid (24 bytes a cell; about 1.1 MB for offence group × age band × ethnicity × home area).</remarks>
    public ArrestBreakdownAccumulator(ArrestDimension dimensions)
    {
        layout = DimensionLayout.For(DimensionLayout.Check(dimensions));
        indexer = new Indexer(layout.Strides);
        if (layout.CellCount <= MaxDenseCells)
        {
            dense = new Cell[layout.CellCount];
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
            Array.Clear(dense);
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
        ref Cell cell = ref CellAt(indexer.IndexOf(arrest));
        cell.Count++;
        cell.Cash += cashGbp;
    }

    /// <summary>Adds arrests, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <exception cref="ArgumentNullException">An element is null (the arrests before it have been added).</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests) => AddRangeCore(arrests, default);

    /// <summary>Adds arrests, each with the cash seized on it: <c>cashGbp[i]</c> belongs to <c>arrests[i]</c>.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentNullException">An element is null (the arrests before it have been added).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (the arrests before it have been added).</exception>
    /// <remarks>Immediate. Does not allocate (except to grow a sparse grid).</remarks>
    public void AddRange(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp)
    {
        Preconditions.CheckArgument(cashGbp.Length == arrests.Length, nameof(cashGbp), $"{nameof(cashGbp)} must have one amount per arrest ({arrests.Length}); it has {cashGbp.Length}.");
        AddRangeCore(arrests, cashGbp);
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
                AddRangeCore(array, default);
                break;
            case List<Arrest> list:
                AddRangeCore(CollectionsMarshal.AsSpan(list), default);
                break;
            case EquatableArray<Arrest> equatable:
                AddRangeCore(equatable.AsSpan(), default);
                break;
            case ImmutableArray<Arrest> immutable:
                AddRangeCore(immutable.AsSpan(), default);
                break;
            default:
                foreach (Arrest arrest in arrests)
                {
                    AddCore(arrest, 0m);
                }
                break;
        }
    }

    /// <summary>
    /// Adds arrests on <paramref name="degreeOfParallelism"/> threads: the input is cut into that many contiguous
    /// slices, each slice is counted into its own worker accumulator, and the workers are merged into this one.
    /// The result equals <see cref="AddRange(ReadOnlySpan{Arrest}, ReadOnlySpan{decimal})"/> exactly.
    /// </summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="cashGbp">Cash per arrest in pounds sterling, the same length as <paramref name="arrests"/>, or empty for none.</param>
    /// <param name="degreeOfParallelism">How many threads to use, at least 1 (the library never reads the machine's processor count: the caller chooses).</param>
    /// <exception cref="ArgumentException"><paramref name="cashGbp"/> is neither empty nor the length of <paramref name="arrests"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or an amount is negative.</exception>
    /// <exception cref="ArgumentNullException">An element is null.</exception>
    /// <remarks>
    /// Immediate; blocks until done. Uses the thread pool through <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>.
    /// The worker accumulators are kept and reused by later calls, so in steady state the only allocations are the
    /// task library's own (a few hundred bytes a call). If any slice fails, this accumulator is left unchanged.
    /// </remarks>
    public void AddRangeParallel(ReadOnlyMemory<Arrest> arrests, ReadOnlyMemory<decimal> cashGbp, int degreeOfParallelism)
    {
        Preconditions.CheckArgument(
            cashGbp.IsEmpty || cashGbp.Length == arrests.Length,
            nameof(cashGbp),
            $"{nameof(cashGbp)} must be empty or have one amount per arrest ({arrests.Length}); it has {cashGbp.Length}.");
        Preconditions.CheckPositive(degreeOfParallelism);
        if (degreeOfParallelism == 1)
        {
            ArrestBreakdownAccumulator single = WorkersFor(1)[0];
            single.AddRangeCore(arrests.Span, cashGbp.Span);
            Merge(single);
            return;
        }
        ArrestBreakdownAccumulator[] slices = WorkersFor(degreeOfParallelism);
        int length = arrests.Length;
        try
        {
            Parallel.For(0, degreeOfParallelism, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, slice =>
            {
                int start = (int)((long)length * slice / degreeOfParallelism);
                int end = (int)((long)length * (slice + 1) / degreeOfParallelism);
                slices[slice].AddRangeCore(
                    arrests.Span[start..end],
                    cashGbp.IsEmpty ? default : cashGbp.Span[start..end]);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        foreach (ArrestBreakdownAccumulator slice in slices)
        {
            Merge(slice);
        }
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
            if (seizure is { Item: CashSeized cash, FromArrest: { } arrestId })
            {
                if (cash.Amount.Currency != Currency.Gbp)
                {
                    throw new InvalidOperationException(
                        $"Seizure {seizure.Id} is cash in {cash.Amount.Currency}; arrest breakdowns total cash in GBP only. Convert it to GBP first: amounts in different currencies never add up.");
                }
                cashByArrest ??= [];
                CollectionsMarshal.GetValueRefOrAddDefault(cashByArrest, arrestId, out _) += cash.Amount.Amount;
            }
        }
        foreach (Arrest arrest in operation.Arrests)
        {
            AddCore(arrest, cashByArrest is not null && cashByArrest.TryGetValue(arrest.Id, out decimal amount) ? amount : 0m);
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
        Preconditions.CheckArgument(!ReferenceEquals(this, other), nameof(other), "An accumulator cannot be merged into itself.");
        if (dense is not null)
        {
            Cell[] source = other.dense!;
            for (int i = 0; i < dense.Length; i++)
            {
                if (source[i].Count != 0)
                {
                    dense[i].Count += source[i].Count;
                    dense[i].Cash += source[i].Cash;
                }
            }
        }
        else
        {
            foreach (KeyValuePair<int, Cell> pair in other.sparse!)
            {
                ref Cell cell = ref CellAt(pair.Key);
                cell.Count += pair.Value.Count;
                cell.Cash += pair.Value.Cash;
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
                if (dense[i].Count != 0)
                {
                    cells.Add(new ArrestBreakdownCell(layout.KeyAt(i), dense[i].Count, dense[i].Cash));
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
    internal void AddCell(ArrestBreakdownKey key, long count, decimal cash)
    {
        ref Cell cell = ref CellAt(layout.IndexOf(key));
        cell.Count += count;
        cell.Cash += cash;
    }

    private void AddCore(Arrest arrest, decimal cashGbp)
    {
        Preconditions.CheckNotNull(arrest);
        ref Cell cell = ref CellAt(indexer.IndexOf(arrest));
        cell.Count++;
        cell.Cash += cashGbp;
    }

    private void AddRangeCore(ReadOnlySpan<Arrest> arrests, ReadOnlySpan<decimal> cashGbp)
    {
        Indexer ix = indexer;
        Cell[]? grid = dense;
        bool withCash = !cashGbp.IsEmpty;
        unchecked
        {
            for (int i = 0; i < arrests.Length; i++)
            {
                Arrest arrest = arrests[i] ?? throw new ArgumentNullException(nameof(arrests), $"{nameof(arrests)}[{i}] is null.");
                ref Cell cell = ref grid is not null ? ref grid[ix.IndexOf(arrest)] : ref CellAt(ix.IndexOf(arrest));
                cell.Count++;
                if (withCash)
                {
                    decimal amount = cashGbp[i];
                    if (amount != decimal.Zero)
                    {
                        if (decimal.IsNegative(amount))
                        {
                            cell.Count--;
                            throw new ArgumentOutOfRangeException(nameof(cashGbp), amount, $"{nameof(cashGbp)}[{i}] must not be negative.");
                        }
                        cell.Cash += amount;
                    }
                }
            }
        }
    }

    private ref Cell CellAt(int index) =>
        ref dense is not null ? ref dense[index] : ref CollectionsMarshal.GetValueRefOrAddDefault(sparse!, index, out _);

    private ArrestBreakdownAccumulator[] WorkersFor(int count)
    {
        if (workers.Length < count)
        {
            var grown = new ArrestBreakdownAccumulator[count];
            workers.CopyTo(grown, 0);
            for (int i = workers.Length; i < count; i++)
            {
                grown[i] = new ArrestBreakdownAccumulator(Dimensions);
            }
            workers = grown;
        }
        ArrestBreakdownAccumulator[] result = workers.Length == count ? workers : workers[..count];
        foreach (ArrestBreakdownAccumulator worker in result)
        {
            worker.Reset();
        }
        return result;
    }

    private void CheckSameDimensions(ArrestDimension dimensions, string paramName) =>
        Preconditions.CheckArgument(
            dimensions == Dimensions,
            paramName,
            $"{paramName} is over dimensions ({dimensions}) but the accumulator is over ({Dimensions}).");

    private struct Cell
    {
        public long Count;
        public decimal Cash;
    }

    /// <summary>Computes an arrest's cell index straight from the record, reading only the selected dimensions.</summary>
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

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int IndexOf(Arrest arrest)
        {
            unchecked
            {
                int index = 0;
                if (offence != 0)
                {
                    index += ((int)arrest.PrincipalOffence.Group - 1) * offence;
                }
                ArrestedPerson person = arrest.Person;
                if (age != 0)
                {
                    index += (int)AgeBands.Of(person.Age) * age;
                }
                if (sex != 0)
                {
                    index += (int)person.Sex * sex;
                }
                if (ethnicity != 0)
                {
                    index += (int)EthnicityGroups.Of(person.SelfDefinedEthnicity) * ethnicity;
                }
                if (officerEthnicity != 0)
                {
                    index += (int)EthnicityGroups.Of(person.OfficerDefinedEthnicity) * officerEthnicity;
                }
                if (area != 0)
                {
                    index += AreaKey.Of(person.HomeArea).Index * area;
                }
                if (force != 0)
                {
                    index += ((int)arrest.Force - 1) * force;
                }
                if (outcome != 0)
                {
                    index += ((int)ArrestOutcomeKinds.Of(arrest.Outcome) - 1) * outcome;
                }
                return index;
            }
        }
    }
}
