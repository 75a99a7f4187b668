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
    public static IAsyncEnumerable<T> ReadArrayAsync<T>(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Iterate(utf8Json, TypeInfo<T>(reading), cancellationToken);

        static async IAsyncEnumerable<T> Iterate(Stream stream, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var buffer = new StreamBuffer(stream);
            var framing = new ArrayFraming();
            var elements = new ElementReader<T>(typeInfo);
            long index = 0;
            while (true)
            {
                ArrayFraming.Step step = framing.Next(buffer.Span, buffer.EndOfStream, index, out int consumed);
                buffer.Consume(consumed);
                if (step == ArrayFraming.Step.End)
                {
                    yield break;
                }
                if (step == ArrayFraming.Step.NeedMore || !elements.TryRead(buffer.Span, buffer.EndOfStream, index, out T item, out int length))
                {
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
    public static IAsyncEnumerable<T> ReadJsonLinesAsync<T>(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Iterate(utf8Json, TypeInfo<T>(reading), cancellationToken);

        static async IAsyncEnumerable<T> Iterate(Stream stream, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var buffer = new StreamBuffer(stream);
            var elements = new ElementReader<T>(typeInfo);
            long line = 0;
            int searched = 0; // bytes of the current line already known to hold no newline
            while (true)
            {
                int newline = buffer.Span[searched..].IndexOf((byte)'\n');
                if (newline < 0 && !buffer.EndOfStream)
                {
                    searched = buffer.Span.Length;
                    await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                newline = newline < 0 ? -1 : newline + searched;
                searched = 0;
                int length = newline < 0 ? buffer.Span.Length : newline;
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
