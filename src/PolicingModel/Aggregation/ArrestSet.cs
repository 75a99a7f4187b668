using System.Collections;
using System.Collections.Immutable;

namespace PolicingModel.Aggregation;

/// <summary>
/// An immutable list of arrests laid out for repeated breakdowns at national scale: the records themselves, and beside
/// them each one's breakdown codes in one contiguous column (8 bytes an arrest).
/// </summary>
/// <remarks>
/// <para>
/// Why: breaking down a plain array of arrests reads one field of every arrest object, and a million arrests are some
/// 400 MB of objects spread over the heap, so that loop waits on memory for nearly every arrest. A set reads each
/// arrest once, when it is created, and every breakdown of it afterwards reads its code column in order: 8 MB per
/// million arrests. Build one when the same large body of records (a year of a country's arrests, say) is broken down
/// again and again, as dashboards and research do; for a one-off breakdown, an array is as good. There is deliberately
/// no collection-expression syntax for it: creating one is a cost to be seen in the code, and <c>[a, b]</c> stays an array
/// wherever both an array and a set would be accepted.
/// </para>
/// <para>
/// It is a list of <see cref="Arrest"/>, so LINQ, the query helpers and <see cref="ArrestBreakdown.Of(IEnumerable{Arrest}, ArrestDimension)"/>
/// take it as they are; <see cref="ArrestBreakdownAccumulator"/> has overloads that read the column. Value equality over
/// the arrests, in order. <see cref="ToString"/> gives the count only: the records describe people.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ArrestSet year = ArrestSet.Create(arrests);   // once: reads every arrest
/// var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.OffenceGroup | ArrestDimension.EthnicityGroup);
/// accumulator.AddRange(year);                    // each time: reads the code column
/// ArrestBreakdown breakdown = accumulator.ToBreakdown();
/// </code>
/// </example>
public sealed class ArrestSet : IReadOnlyList<Arrest>, IEquatable<ArrestSet>
{
    private readonly ImmutableArray<Arrest> arrests;
    private readonly ulong[] codes;

    private ArrestSet(ImmutableArray<Arrest> arrests)
    {
        this.arrests = arrests;
        codes = new ulong[arrests.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = ArrestCodes.Of(arrests[i] ?? throw NullArrest(i));
        }
    }

    /// <summary>The set with no arrests.</summary>
    public static ArrestSet Empty { get; } = new([]);

    /// <summary>The number of arrests.</summary>
    public int Count => arrests.Length;

    /// <summary>The arrests, in the order given.</summary>
    public ImmutableArray<Arrest> Arrests => arrests;

    /// <summary>The arrest at <paramref name="index"/>.</summary>
    /// <param name="index">A position from 0 to <see cref="Count"/> - 1.</param>
    public Arrest this[int index] => arrests[index];

    // Each arrest's packed breakdown codes, index for index (see ArrestCodes).
    internal ReadOnlyMemory<ulong> Codes => codes;

    /// <summary>Creates a set of <paramref name="arrests"/>, in order.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">An element is null (the message gives its position).</exception>
    /// <remarks>Immediate: reads every arrest once; allocates 16 bytes an arrest.</remarks>
    public static ArrestSet Create(ReadOnlySpan<Arrest> arrests) => arrests.IsEmpty ? Empty : new ArrestSet([.. arrests]);

    /// <summary>Creates a set of <paramref name="arrests"/>, in order.</summary>
    /// <param name="arrests">The arrests.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null (the message gives its position).</exception>
    /// <remarks>Immediate: enumerates once; allocates 16 bytes an arrest.</remarks>
    public static ArrestSet Create(IEnumerable<Arrest> arrests)
    {
        Preconditions.CheckNotNull(arrests);
        return arrests as ArrestSet ?? new ArrestSet([.. arrests]);
    }

    /// <summary>The arrests as a span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<Arrest> AsSpan() => arrests.AsSpan();

    /// <summary>Enumerates the arrests without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<Arrest>.Enumerator GetEnumerator() => arrests.GetEnumerator();

    IEnumerator<Arrest> IEnumerable<Arrest>.GetEnumerator() => ((IEnumerable<Arrest>)arrests).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)arrests).GetEnumerator();

    /// <summary>True when both hold equal arrests in the same order.</summary>
    /// <param name="other">The set to compare with.</param>
    public bool Equals(ArrestSet? other) =>
        other is not null && (ReferenceEquals(this, other) || arrests.AsSpan().SequenceEqual(other.arrests.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArrestSet);

    /// <inheritdoc />
    /// <remarks>From the count and the first sixteen arrests, so that hashing a national set stays cheap.</remarks>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(arrests.Length);
        foreach (Arrest arrest in arrests.AsSpan()[..Math.Min(16, arrests.Length)])
        {
            hash.Add(arrest);
        }
        return hash.ToHashCode();
    }

    /// <summary>Value equality, as <see cref="Equals(ArrestSet?)"/>.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    public static bool operator ==(ArrestSet? left, ArrestSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality, as <see cref="Equals(ArrestSet?)"/>.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    public static bool operator !=(ArrestSet? left, ArrestSet? right) => !(left == right);

    /// <summary>The number of arrests, and nothing about them (they describe people).</summary>
    /// <returns>For example "ArrestSet (1,000,000 arrests)".</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ArrestSet ({arrests.Length:N0} {(arrests.Length == 1 ? "arrest" : "arrests")})");

    private static ArgumentException NullArrest(int position) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"arrests[{position}] must not be null."), "arrests");
}
