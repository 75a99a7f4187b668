using System.Collections.Immutable;
using System.Globalization;

namespace PolicingModel.Aggregation;

/// <summary>
/// Counts of arrests, and the cash seized on them, split by a chosen set of <see cref="ArrestDimension"/>s: for
/// example arrests by offence group × age band × self-defined ethnicity group, as in the Home Office "Police powers
/// and procedures" tables. Build one with <see cref="Of(IEnumerable{Arrest}, ArrestDimension)"/>,
/// <see cref="Of(Operation, ArrestDimension)"/> or, for large or repeated work, an <see cref="ArrestBreakdownAccumulator"/>.
/// </summary>
/// <remarks>
/// <para>
/// A breakdown is <b>mergeable</b>: <see cref="Merge"/> adds two breakdowns cell by cell, and is associative and
/// commutative with <see cref="Empty"/> as its identity, so breakdowns computed on separate partitions of a set of
/// arrests (per force, per month, per machine) merge into exactly the breakdown of the whole, whatever the partition
/// and the merge order. That is what lets the computation run inside a distributed engine: map each partition to a
/// breakdown, reduce with <see cref="Merge"/>. Counts are exact (64-bit integers). Cash is a <see cref="decimal"/>
/// sum, exact as long as no total needs more than 28 significant digits.
/// </para>
/// <para>
/// Only cells holding at least one arrest are stored (<see cref="Cells"/>, in ascending key order: by the dimensions
/// in <see cref="ArrestDimension"/> order, then by code), and the indexer returns an empty cell for any other key.
/// Immutable and safe to share between threads. Equality is by value: same dimensions and same cells.
/// </para>
/// </remarks>
public sealed class ArrestBreakdown : IEquatable<ArrestBreakdown>
{
    private readonly int[] indexes;

    internal ArrestBreakdown(ArrestDimension dimensions, ImmutableArray<ArrestBreakdownCell> cells, int[] indexes)
    {
        Dimensions = dimensions;
        Cells = cells;
        this.indexes = indexes;
        long count = 0;
        decimal cash = 0m;
        foreach (ArrestBreakdownCell cell in cells)
        {
            count += cell.Count;
            cash += cell.CashGbp;
        }
        TotalCount = count;
        TotalCashGbp = cash;
    }

    /// <summary>The dimensions the arrests are split by.</summary>
    public ArrestDimension Dimensions { get; }

    /// <summary>The non-empty cells, in ascending key order.</summary>
    public EquatableArray<ArrestBreakdownCell> Cells { get; }

    /// <summary>The number of arrests in all cells.</summary>
    public long TotalCount { get; }

    /// <summary>The cash seized on all arrests, in pounds sterling.</summary>
    public decimal TotalCashGbp { get; }

    /// <summary>The whole breakdown as one cell, keyed <see cref="ArrestBreakdownKey.Total"/>.</summary>
    public ArrestBreakdownCell Total => new(ArrestBreakdownKey.Total, TotalCount, TotalCashGbp);

    /// <summary>The cell with key <paramref name="key"/>; an empty cell when no arrest falls in it.</summary>
    /// <param name="key">A key over exactly this breakdown's <see cref="Dimensions"/>.</param>
    /// <exception cref="ArgumentException">The key's dimensions differ from the breakdown's.</exception>
    /// <remarks>Immediate; a binary search that does not allocate.</remarks>
    public ArrestBreakdownCell this[ArrestBreakdownKey key]
    {
        get
        {
            CheckDimensions(key.Dimensions, nameof(key));
            int position = Array.BinarySearch(indexes, DimensionLayout.For(Dimensions).IndexOf(key));
            return position >= 0 ? Cells[position] : new ArrestBreakdownCell(key, 0, 0m);
        }
    }

    /// <summary>The breakdown of no arrests.</summary>
    /// <param name="dimensions">The dimensions.</param>
    /// <returns>An empty breakdown.</returns>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>Immediate; allocates the (empty) result.</remarks>
    public static ArrestBreakdown Empty(ArrestDimension dimensions) =>
        new(DimensionLayout.Check(dimensions), [], []);

    /// <summary>The breakdown of <paramref name="arrests"/>, with no cash attributed.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>Immediate: enumerates <paramref name="arrests"/> once. Allocates a temporary accumulator and the result.</remarks>
    /// <example>
    /// <code>
    /// const ArrestDimension dims = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup | ArrestDimension.HomeArea;
    /// ArrestBreakdown london = ArrestBreakdown.Of(metArrests, dims);
    /// ArrestBreakdown kent = ArrestBreakdown.Of(kentArrests, dims);
    /// ArrestBreakdown both = ArrestBreakdown.MergeAll(dims, [london, kent]);   // equals the breakdown of all the arrests
    /// </code>
    /// </example>
    public static ArrestBreakdown Of(IEnumerable<Arrest> arrests, ArrestDimension dimensions)
    {
        Preconditions.CheckNotNull(arrests);
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        accumulator.AddRange(arrests);
        return accumulator.ToBreakdown();
    }

    /// <summary>The breakdown of an operation's arrests, with the cash seized on each arrest (see <see cref="ArrestBreakdownAccumulator.AddOperation"/>).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="dimensions">The dimensions to split by.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <exception cref="InvalidOperationException">Cash seized on an arrest is in a currency other than pounds sterling.</exception>
    /// <remarks>Immediate. Allocates a temporary accumulator, a map of cash by arrest, and the result.</remarks>
    public static ArrestBreakdown Of(Operation operation, ArrestDimension dimensions)
    {
        Preconditions.CheckNotNull(operation);
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        accumulator.AddOperation(operation);
        return accumulator.ToBreakdown();
    }

    /// <summary>Merges breakdowns of disjoint sets of arrests into the breakdown of their union.</summary>
    /// <param name="dimensions">The dimensions of every part.</param>
    /// <param name="parts">The parts, in any order.</param>
    /// <returns>The merged breakdown (<see cref="Empty"/> when there are no parts).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">A part has other dimensions, or <paramref name="dimensions"/> is invalid.</exception>
    /// <remarks>Immediate: enumerates <paramref name="parts"/> once. Allocates a temporary accumulator and the result.</remarks>
    public static ArrestBreakdown MergeAll(ArrestDimension dimensions, IEnumerable<ArrestBreakdown> parts)
    {
        Preconditions.CheckNotNull(parts);
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        foreach (ArrestBreakdown part in parts)
        {
            accumulator.Merge(part);
        }
        return accumulator.ToBreakdown();
    }

    /// <summary>
    /// This breakdown plus <paramref name="other"/>, cell by cell: the breakdown of the union of the two sets of arrests
    /// (which should be disjoint: an arrest in both is counted twice). Associative and commutative.
    /// </summary>
    /// <param name="other">A breakdown over the same dimensions.</param>
    /// <returns>The merged breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has other dimensions.</exception>
    /// <exception cref="OverflowException">The merged breakdown would hold more than <see cref="ArrestBreakdownAccumulator.MaxArrests"/> arrests or <see cref="ArrestBreakdownAccumulator.MaxCashGbp"/> pounds, the bounds of every breakdown.</exception>
    /// <remarks>Immediate; a linear merge of the two sorted cell lists. Allocates the result only.</remarks>
    public ArrestBreakdown Merge(ArrestBreakdown other)
    {
        Preconditions.CheckNotNull(other);
        CheckDimensions(other.Dimensions, nameof(other));
        // Every breakdown is within the bounds, so these sums cannot overflow; their result may pass the bounds.
        if (TotalCount + other.TotalCount > ArrestBreakdownAccumulator.MaxArrests || TotalCashGbp + other.TotalCashGbp > ArrestBreakdownAccumulator.MaxCashGbp)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The merged breakdown would hold more than {ArrestBreakdownAccumulator.MaxArrests:#,0} arrests or {ArrestBreakdownAccumulator.MaxCashGbp:#,0} pounds, the bounds of a breakdown."));
        }
        ReadOnlySpan<ArrestBreakdownCell> left = Cells.AsSpan();
        ReadOnlySpan<ArrestBreakdownCell> right = other.Cells.AsSpan();
        var cells = ImmutableArray.CreateBuilder<ArrestBreakdownCell>(left.Length + right.Length);
        var merged = new List<int>(left.Length + right.Length);
        int i = 0;
        int j = 0;
        while (i < left.Length || j < right.Length)
        {
            int li = i < left.Length ? indexes[i] : int.MaxValue;
            int rj = j < right.Length ? other.indexes[j] : int.MaxValue;
            if (li < rj)
            {
                cells.Add(left[i++]);
                merged.Add(li);
            }
            else if (rj < li)
            {
                cells.Add(right[j++]);
                merged.Add(rj);
            }
            else
            {
                cells.Add(new ArrestBreakdownCell(left[i].Key, left[i].Count + right[j].Count, left[i].CashGbp + right[j].CashGbp));
                merged.Add(li);
                i++;
                j++;
            }
        }
        return new ArrestBreakdown(Dimensions, cells.DrainToImmutable(), [.. merged]);
    }

    /// <summary>
    /// This breakdown summed over every dimension not in <paramref name="dimensions"/>: the breakdown by offence group ×
    /// ethnicity collapsed to <see cref="ArrestDimension.EthnicityGroup"/> is the breakdown by ethnicity alone.
    /// </summary>
    /// <param name="dimensions">The dimensions to keep, a subset of <see cref="Dimensions"/>.</param>
    /// <returns>The collapsed breakdown (this instance when nothing is dropped).</returns>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> is not a subset of <see cref="Dimensions"/>.</exception>
    /// <remarks>Immediate. Allocates a temporary accumulator and the result.</remarks>
    public ArrestBreakdown Collapse(ArrestDimension dimensions)
    {
        Preconditions.CheckArgument(
            (dimensions & ~Dimensions) == 0,
            nameof(dimensions),
            $"{nameof(dimensions)} ({dimensions}) must be a subset of the breakdown's dimensions ({Dimensions}).");
        if (dimensions == Dimensions)
        {
            return this;
        }
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        foreach (ArrestBreakdownCell cell in Cells)
        {
            accumulator.AddCell(cell.Key.Restrict(dimensions), cell.Count, cell.CashGbp);
        }
        return accumulator.ToBreakdown();
    }

    /// <summary>Value equality: same dimensions and same non-empty cells.</summary>
    /// <param name="other">The breakdown to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ArrestBreakdown? other) =>
        other is not null && (ReferenceEquals(this, other) || (Dimensions == other.Dimensions && Cells.Equals(other.Cells)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArrestBreakdown);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimensions, Cells);

    /// <summary>Culture-invariant text such as <c>ArrestBreakdown { Dimensions = OffenceGroup, AgeBand, Cells = 12, Arrests = 340, CashGbp = 20000 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ArrestBreakdown {{ Dimensions = {Dimensions}, Cells = {Cells.Length}, Arrests = {TotalCount}, CashGbp = {TotalCashGbp} }}");

    /// <summary>Value equality.</summary>
    /// <param name="left">One breakdown.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ArrestBreakdown? left, ArrestBreakdown? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One breakdown.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ArrestBreakdown? left, ArrestBreakdown? right) => !(left == right);

    private void CheckDimensions(ArrestDimension dimensions, string paramName) =>
        Preconditions.CheckArgument(
            dimensions == Dimensions,
            paramName,
            $"{paramName} is over dimensions ({dimensions}) but the breakdown is over ({Dimensions}).");
}
