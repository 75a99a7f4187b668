using PolicingModel.Aggregation;
using PolicingModel.Serialization.Streaming;

namespace PolicingModel.Serialization;

public static partial class PolicingJson
{
    /// <summary>
    /// Reads JSON Lines of arrests (as <see cref="ReadJsonLinesAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/> reads them) from a caller-supplied stream
    /// straight into a breakdown: each arrest is classified from its JSON without building the <see cref="Arrest"/>, its
    /// person or its list of offences, and counted into <paramref name="accumulator"/>. With a
    /// <paramref name="degreeOfParallelism"/> above 1 the stream is cut into blocks of whole lines that worker threads
    /// classify while the next blocks are read.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON Lines, one arrest a line (left open).</param>
    /// <param name="accumulator">The accumulator the arrests are counted into (no cash is attributed).</param>
    /// <param name="degreeOfParallelism">How many threads classify lines, at least 1 (the library never reads the machine's processor count: the caller chooses).</param>
    /// <param name="bytesRead">Told how many bytes have been read so far, after each block (about a megabyte); null for none.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is added.</param>
    /// <returns>How many arrests were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="accumulator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="PolicingJsonException">
    /// A line breaks the contract: exactly the exception (kind, pointer <c>/n</c> for line n+1, problem) that
    /// <see cref="ReadJsonLinesAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/> would throw for the first such line. Nothing is added.
    /// </exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <remarks>
    /// <para>
    /// Strict, as strict as the full reader: every member of every arrest is read and checked (ids, instants, places,
    /// outcomes, custody details, identifiers), by the same converters; what is saved is building the records the
    /// breakdown has no use for. A line this reader refuses is read again by the full reader, so its error is the full
    /// reader's own; a differential test over generated and mutated arrests holds the two readers to the same verdicts
    /// and the same cells.
    /// </para>
    /// <para>
    /// All or nothing: the arrests are counted into private grids (one per thread) that are merged into
    /// <paramref name="accumulator"/> only after the whole stream has been read. Memory: the grids, and at most
    /// 2 × <paramref name="degreeOfParallelism"/> + 1 blocks of 1 MiB (a block grows only to hold a line longer than
    /// half of it), whatever the length of the stream.
    /// </para>
    /// </remarks>
    public static Task<long> ReadArrestJsonLinesIntoAsync(
        Stream utf8Json, ArrestBreakdownAccumulator accumulator, int degreeOfParallelism = 1, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(accumulator);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return BreakdownReading.JsonLinesAsync(utf8Json, accumulator, degreeOfParallelism, bytesRead, cancellationToken);
    }

    /// <summary>
    /// Reads a JSON array of arrests (as <see cref="ReadArrayAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/> reads it) from a caller-supplied stream
    /// straight into a breakdown, on the calling thread, classifying each arrest from its JSON without building it.
    /// </summary>
    /// <param name="utf8Json">A readable stream holding one JSON array of arrests (left open).</param>
    /// <param name="accumulator">The accumulator the arrests are counted into (no cash is attributed).</param>
    /// <param name="bytesRead">Told how many bytes have been read so far; null for none.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is added.</param>
    /// <returns>How many arrests were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="accumulator"/> is null.</exception>
    /// <exception cref="PolicingJsonException">
    /// The array is malformed or an element breaks the contract: exactly the exception <see cref="ReadArrayAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/>
    /// would throw. Nothing is added.
    /// </exception>
    /// <exception cref="InvalidOperationException">Another thread is using the accumulator.</exception>
    /// <remarks>
    /// As strict as the full reader, all or nothing, as <see cref="ReadArrestJsonLinesIntoAsync"/>. One thread only: the
    /// elements of an array cannot be found without tokenising everything before them, so for parallel reading write
    /// JSON Lines. Memory: the grid and a window proportional to the largest element.
    /// </remarks>
    public static Task<long> ReadArrestArrayIntoAsync(
        Stream utf8Json, ArrestBreakdownAccumulator accumulator, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(accumulator);
        return BreakdownReading.ArrayAsync(utf8Json, accumulator, bytesRead, cancellationToken);
    }
}
