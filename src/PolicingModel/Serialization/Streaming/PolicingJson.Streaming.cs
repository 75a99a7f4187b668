using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization.Streaming;

namespace PolicingModel.Serialization;

public static partial class PolicingJson
{
    /// <summary>
    /// Reads a JSON array of <typeparamref name="T"/> (such as a year of arrests) from a caller-supplied stream, one
    /// element at a time, in memory proportional to the largest element rather than the stream. Deferred: nothing is
    /// read until enumeration starts; the stream is read once and left open.
    /// </summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/>.</typeparam>
    /// <param name="utf8Json">A readable stream holding one JSON array.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The elements, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="PolicingJsonException">During enumeration: an element breaks the contract (its pointer starts with <c>/index</c>), or the array is malformed.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static IAsyncEnumerable<T> ReadArrayAsync<T>(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class => ReadArrayAsync<T>(utf8Json, PolicingJsonLimits.Default, reading, cancellationToken);

    /// <summary>
    /// Reads a JSON array of <typeparamref name="T"/> from a caller-supplied stream, one element at a time, as
    /// <see cref="ReadArrayAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/> does, within
    /// <paramref name="limits"/>. Reading is linear in the length of the stream whatever the sizes of its reads: an
    /// element cut off by the end of the buffer is tried again only once the buffer has doubled. The token is checked
    /// before every element and every read.
    /// </summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/>.</typeparam>
    /// <param name="utf8Json">A readable stream holding one JSON array.</param>
    /// <param name="limits">The largest element to buffer.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the enumeration (<see cref="OperationCanceledException"/>), within one element.</param>
    /// <returns>The elements, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="PolicingJsonException">During enumeration: an element breaks the contract or is larger than the limit (<see cref="PolicingJsonErrorKind.TooLarge"/>), or the array is malformed.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static IAsyncEnumerable<T> ReadArrayAsync<T>(Stream utf8Json, PolicingJsonLimits limits, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        return Iterate(utf8Json, TypeInfo<T>(reading), limits, cancellationToken);

        static async IAsyncEnumerable<T> Iterate(Stream stream, JsonTypeInfo<T> typeInfo, PolicingJsonLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var buffer = new StreamBuffer(stream);
            var framing = new ArrayFraming();
            var elements = new ElementReader<T>(typeInfo);
            long index = 0;
            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
            buffer.SkipByteOrderMark();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArrayFraming.Step step = framing.Next(buffer.Span, buffer.EndOfStream, index, out int consumed);
                buffer.Consume(consumed);
                if (step == ArrayFraming.Step.End)
                {
                    yield break;
                }
                // An element found cut off is not parsed again after every read: its end is looked for in the new
                // bytes only (ElementReader.IsCompleteSoFar), so reading stays linear whatever the sizes of the reads.
                // An element is looked for within the limit only: one larger is found cut off, and refused below.
                ReadOnlySpan<byte> window = buffer.Span.Length > limits.MaxElementBytes ? buffer.Span[..limits.MaxElementBytes] : buffer.Span;
                bool final = buffer.EndOfStream && window.Length == buffer.Span.Length;
                bool waiting = step == ArrayFraming.Step.NeedMore || (elements.IsCutOff && !final && !elements.IsCompleteSoFar(window));
                if (waiting || !elements.TryRead(window, final, index, out T item, out int length))
                {
                    if (buffer.Span.Length > limits.MaxElementBytes)
                    {
                        throw limits.ElementTooLarge(index);
                    }
                    await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                buffer.Consume(length);
                framing.ElementRead();
                index++;
                yield return item;
            }
        }
    }

    /// <summary>
    /// Reads JSON Lines (one JSON object per line, blank lines ignored, <c>\n</c> or <c>\r\n</c> endings) of
    /// <typeparamref name="T"/> from a caller-supplied stream, one line at a time, in memory proportional to the longest
    /// line. Deferred; the stream is left open.
    /// </summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/>.</typeparam>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON Lines.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The records, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="PolicingJsonException">During enumeration: a line breaks the contract; the pointer starts with <c>/n</c> for the record on line n+1.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static IAsyncEnumerable<T> ReadJsonLinesAsync<T>(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class => ReadJsonLinesAsync<T>(utf8Json, PolicingJsonLimits.Default, reading, cancellationToken);

    /// <summary>
    /// Reads JSON Lines of <typeparamref name="T"/> as <see cref="ReadJsonLinesAsync{T}(Stream, PolicingJsonReading, CancellationToken)"/>
    /// does, within <paramref name="limits"/> (a line longer than <see cref="PolicingJsonLimits.MaxElementBytes"/> is
    /// refused as <see cref="PolicingJsonErrorKind.TooLarge"/>). The token is checked before every line and every read.
    /// </summary>
    /// <typeparam name="T">A serialisable model type.</typeparam>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON Lines.</param>
    /// <param name="limits">The longest line to buffer.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the enumeration (<see cref="OperationCanceledException"/>), within one line.</param>
    /// <returns>The values, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    /// <exception cref="PolicingJsonException">During enumeration: a line breaks the contract or is too long.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static IAsyncEnumerable<T> ReadJsonLinesAsync<T>(Stream utf8Json, PolicingJsonLimits limits, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        return Iterate(utf8Json, TypeInfo<T>(reading), limits, cancellationToken);

        static async IAsyncEnumerable<T> Iterate(Stream stream, JsonTypeInfo<T> typeInfo, PolicingJsonLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var buffer = new StreamBuffer(stream);
            var elements = new ElementReader<T>(typeInfo);
            long line = 0;
            int searched = 0; // bytes of the current line already known to hold no newline
            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
            buffer.SkipByteOrderMark();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int newline = buffer.Span[searched..].IndexOf((byte)'\n');
                if (newline < 0 && !buffer.EndOfStream)
                {
                    if (buffer.Span.Length > limits.MaxElementBytes)
                    {
                        throw limits.ElementTooLarge(line);
                    }
                    searched = buffer.Span.Length;
                    await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                newline = newline < 0 ? -1 : newline + searched;
                searched = 0;
                int length = newline < 0 ? buffer.Span.Length : newline;
                if (length > limits.MaxElementBytes)
                {
                    throw limits.ElementTooLarge(line);
                }
                if (newline < 0 && length == 0)
                {
                    yield break;
                }
                T? item = ReadLine(buffer.Span[..length], elements, line);
                buffer.Consume(newline < 0 ? length : length + 1);
                line++;
                if (item is not null)
                {
                    yield return item;
                }
            }
        }

        static T? ReadLine(ReadOnlySpan<byte> text, ElementReader<T> elements, long line)
        {
            text = text.TrimEnd((byte)'\r');
            return text.Trim(" \t"u8).IsEmpty ? null : elements.ReadLine(text, line);
        }
    }

    /// <summary>
    /// Writes a sequence as one compact JSON array to a caller-supplied stream, flushing as it goes, so a year of arrests
    /// never needs to be in memory at once. Allocation-free per record for the model's own types. The stream is left open.
    /// </summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/>.</typeparam>
    /// <param name="utf8Json">A writable stream.</param>
    /// <param name="items">The items, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything has been written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">A null argument, or a null item.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static Task WriteArrayAsync<T>(Stream utf8Json, IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(items);
        _ = TypeInfo<T>(); // not part of the contract: NotSupportedException now, not from a type initializer
        return JsonSerializer.SerializeAsync(utf8Json, NoNulls(items, cancellationToken), AsyncSequence<T>.Info, cancellationToken);
    }

    /// <summary>
    /// Writes a sequence as JSON Lines (one compact object and a <c>\n</c> per item) to a caller-supplied stream, flushing
    /// every 64 KiB. Each record is serialised on its own: arrests cost next to nothing, but records without a
    /// hand-written converter (operations, seizures) leave a few hundred bytes of short-lived garbage each, which
    /// <see cref="WriteArrayAsync{T}"/> does not. The stream is left open.
    /// </summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/>.</typeparam>
    /// <param name="utf8Json">A writable stream.</param>
    /// <param name="items">The items, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything has been written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">A null argument, or a null item.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not part of the contract.</exception>
    public static Task WriteJsonLinesAsync<T>(Stream utf8Json, IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(items);
        return Write(utf8Json, items, TypeInfo<T>(), cancellationToken);

        static async Task Write(Stream utf8Json, IAsyncEnumerable<T> items, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        {
            var buffer = new ArrayBufferWriter<byte>(StreamBuffer.DefaultSize * 2);
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, MaxDepth = MaxDepth });
            await foreach (T item in NoNulls(items, cancellationToken).ConfigureAwait(false))
            {
                WriteLine(writer, buffer, item, typeInfo);
                if (buffer.WrittenCount >= StreamBuffer.DefaultSize)
                {
                    await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        static void WriteLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, T item, JsonTypeInfo<T> typeInfo)
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, item, typeInfo);
            writer.Flush();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
        }
    }

    // Reads one element of a stream on its own; errors are located under /index (the element's position in the
    // array, or the line's among the JSON Lines, counting from 0).
    internal static T ReadElement<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, long index)
        where T : class => Read(utf8, typeInfo, "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // Refuses null items (they would be written as null, which no strict reader accepts).
    private static async IAsyncEnumerable<T> NoNulls<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        long index = 0;
        await foreach (T item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item ?? throw new ArgumentNullException(nameof(items), $"items[{index}] is null; a stream of records must not contain nulls.");
            index++;
        }
    }

    // Metadata for writing IAsyncEnumerable<T> of any contract type as a JSON array, built once per type
    // from the element's metadata (statically typed, so trim- and AOT-safe). One serialisation covers the whole sequence,
    // so its bookkeeping is allocated once rather than per record.
    private static class AsyncSequence<T>
        where T : class
    {
        internal static readonly JsonTypeInfo<IAsyncEnumerable<T>> Info =
            JsonMetadataServices.CreateIAsyncEnumerableInfo<IAsyncEnumerable<T>, T>(
                Options,
                new JsonCollectionInfoValues<IAsyncEnumerable<T>> { ElementInfo = TypeInfo<T>() });
    }
}
