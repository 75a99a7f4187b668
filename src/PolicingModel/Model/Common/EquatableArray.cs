using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PolicingModel;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal elements in the same order.
/// Records that hold collections use it so that the compiler-generated record equality compares contents, not references.
/// </summary>
/// <remarks>
/// The default value is an empty array (never a null reference in disguise). Enumeration through <see cref="GetEnumerator"/>
/// uses a struct enumerator and does not allocate. Collection expressions work: <c>EquatableArray&lt;int&gt; xs = [1, 2];</c>.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (a default array is treated as empty).</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never default).</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? [] : items;

    /// <summary>The number of elements.</summary>
    public int Length => items.IsDefault ? 0 : items.Length;

    /// <summary>True when there are no elements.</summary>
    public bool IsEmpty => Length == 0;

    /// <inheritdoc />
    public int Count => Length;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>The elements as a read-only span (no copy).</summary>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <summary>A struct enumerator that does not allocate.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    // Through the interface (as serializers and LINQ enumerate): one small enumerator object, or none when empty,
    // rather than boxing the immutable array and then allocating its enumerator.
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Length == 0 ? EmptyEnumerator.Instance : new BoxedEnumerator(items);

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Element-wise equality using <see cref="EqualityComparer{T}.Default"/>.</summary>
    /// <param name="other">The array to compare with.</param>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>Lists the elements, for diagnostics.</summary>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>Element-wise equality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Element-wise inequality.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>A copy of an array (later changes to the array do not reach the copy); a null array gives an empty one.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[]? items) => items is null ? Empty : new(ImmutableArray.Create(items));

    /// <summary>A copy of a list (later changes to the list do not reach the copy); a null list gives an empty one.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(List<T>? items) => items is null ? Empty : new([.. items]);

    /// <summary>A new array with <paramref name="item"/> added at the end; this one is unchanged.</summary>
    /// <param name="item">The element to add.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>A new array with <paramref name="items"/> added at the end; this one is unchanged.</summary>
    /// <param name="items">The elements to add.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> AddRange(ReadOnlySpan<T> items) => new(AsImmutableArray().AddRange(items));

    /// <summary>A new array with <paramref name="item"/> inserted at <paramref name="index"/>; this one is unchanged.</summary>
    /// <param name="index">Where, from 0 to <see cref="Length"/>.</param>
    /// <param name="item">The element to insert.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public EquatableArray<T> Insert(int index, T item) => new(AsImmutableArray().Insert(index, item));

    /// <summary>A new array with the element at <paramref name="index"/> replaced by <paramref name="item"/>; this one is unchanged.</summary>
    /// <param name="index">Which element.</param>
    /// <param name="item">Its replacement.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public EquatableArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));

    /// <summary>A new array without the first element equal to <paramref name="item"/> (this array, when there is none).</summary>
    /// <param name="item">The element to remove.</param>
    /// <returns>The new array.</returns>
    public EquatableArray<T> Remove(T item) => new(AsImmutableArray().Remove(item));

    /// <summary>A new array without the element at <paramref name="index"/>; this one is unchanged.</summary>
    /// <param name="index">Which element.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public EquatableArray<T> RemoveAt(int index) => new(AsImmutableArray().RemoveAt(index));

    /// <summary>A new array without the elements that match <paramref name="match"/>; this one is unchanged.</summary>
    /// <param name="match">Which elements to remove.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="match"/> is null.</exception>
    public EquatableArray<T> RemoveAll(Predicate<T> match) => new(AsImmutableArray().RemoveAll(Preconditions.CheckNotNull(match)));

    /// <summary>The position of the first element equal to <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The element to find.</param>
    /// <returns>Its position, or -1.</returns>
    public int IndexOf(T item) => AsImmutableArray().IndexOf(item);

    private sealed class BoxedEnumerator(ImmutableArray<T> items) : IEnumerator<T>
    {
        private int index = -1;

        public T Current => items[index];

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (index < items.Length)
            {
                index++;
            }
            return index < items.Length;
        }

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }

    private sealed class EmptyEnumerator : IEnumerator<T>
    {
        internal static readonly EmptyEnumerator Instance = new();

        public T Current => throw new InvalidOperationException("The array is empty.");

        object? IEnumerator.Current => Current;

        public bool MoveNext() => false;

        public void Reset()
        {
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>Factories for <see cref="EquatableArray{T}"/> (also the collection-expression builder).</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array from a sequence (no copy when it is already an immutable array).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) =>
        new(Preconditions.CheckNotNull(items).ToImmutableArray());
}
