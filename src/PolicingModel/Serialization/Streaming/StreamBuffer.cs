using System.Buffers;

namespace PolicingModel.Serialization.Streaming;

// A pooled window over a caller-supplied stream: bytes are read in chunks, consumed from the front, and the window
// grows only when one JSON value is larger than it, so memory stays proportional to the largest value, not the stream.
internal sealed class StreamBuffer(Stream stream, int initialSize = StreamBuffer.DefaultSize) : IDisposable
{
    internal const int DefaultSize = 64 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    private int start;
    private int end;

    // True once the stream has no more bytes.
    internal bool EndOfStream { get; private set; }

    // The unconsumed bytes.
    internal ReadOnlySpan<byte> Span => buffer.AsSpan(start, end - start);

    // The unconsumed bytes (for slicing across awaits).
    internal ReadOnlyMemory<byte> Memory => buffer.AsMemory(start, end - start);

    // Drops count bytes from the front.
    internal void Consume(int count) => start += count;

    // Drops a UTF-8 byte order mark at the front, as every entry point of the library does.
    internal void SkipByteOrderMark()
    {
        if (Span.StartsWith(Utf8Bom))
        {
            Consume(Utf8Bom.Length);
        }
    }

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // Reads more bytes, first moving the unconsumed ones to the front and doubling the window if it is full.
    internal async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            EndOfStream = true;
        }
        end += read;
    }

    public void Dispose()
    {
        byte[] returned = buffer;
        buffer = [];
        start = end = 0;
        if (returned.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(returned);
        }
    }
}
