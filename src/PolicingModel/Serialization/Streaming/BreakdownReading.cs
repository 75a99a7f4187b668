using System.Threading.Channels;
using PolicingModel.Aggregation;

namespace PolicingModel.Serialization.Streaming;

// The drivers of the breakdown readers: JSON Lines on one thread or cut into blocks of whole lines for several, and a
// JSON array on one thread. Every driver counts into private grids and merges them into the caller's accumulator only
// once the whole input has been read, so a refused document leaves the accumulator as it was.
internal static class BreakdownReading
{
    // The size of a block of JSON Lines handed to a worker: about 2,700 arrests of the contract's size, large enough
    // that handing it over costs nothing, small enough that the blocks in flight stay within a few megabytes.
    internal const int BlockSize = 1 << 20;

    // blockSize: BlockSize, or smaller in tests so that a few arrests span many blocks.
    internal static async Task<long> JsonLinesAsync(Stream stream, ArrestBreakdownAccumulator target, int degreeOfParallelism, IProgress<long>? progress, CancellationToken cancellationToken, int blockSize = BlockSize)
    {
        if (degreeOfParallelism == 1)
        {
            return await JsonLinesOnOneThreadAsync(stream, target, progress, blockSize, cancellationToken).ConfigureAwait(false);
        }
        return await JsonLinesInParallelAsync(stream, target, degreeOfParallelism, progress, blockSize, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> JsonLinesOnOneThreadAsync(Stream stream, ArrestBreakdownAccumulator target, IProgress<long>? progress, int blockSize, CancellationToken cancellationToken)
    {
        var counter = new ArrestLineCounter(target.Dimensions);
        using var buffer = new StreamBuffer(stream, blockSize);
        long line = 0;
        long read = 0;
        while (true)
        {
            int before = buffer.Span.Length;
            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
            read += buffer.Span.Length - before;
            ReadOnlySpan<byte> available = buffer.Span;
            int end = buffer.EndOfStream ? available.Length : available.LastIndexOf((byte)'\n') + 1;
            line = counter.CountLines(available[..end], line);
            buffer.Consume(end);
            progress?.Report(read);
            if (buffer.EndOfStream)
            {
                break;
            }
        }
        counter.Flush();
        target.Merge(counter.Counted);
        return counter.Arrests;
    }

    // One reader (this method) cuts the stream into blocks of whole lines and numbers them; workers on the thread pool
    // classify blocks as they come. At most two blocks per worker are in flight (bounded channels of pooled buffers),
    // so memory does not grow with the stream. A refused line stops the reading; blocks before it are still counted,
    // so the error reported is the one on the first refused line, as one thread would report it.
    private static async Task<long> JsonLinesInParallelAsync(Stream stream, ArrestBreakdownAccumulator target, int degreeOfParallelism, IProgress<long>? progress, int blockSize, CancellationToken cancellationToken)
    {
        int buffers = (2 * degreeOfParallelism) + 1;
        var free = Channel.CreateBounded<byte[]>(buffers);
        for (int i = 0; i < buffers; i++)
        {
            free.Writer.TryWrite(new byte[blockSize]);
        }
        var blocks = Channel.CreateBounded<Block>(new BoundedChannelOptions(2 * degreeOfParallelism) { SingleWriter = true });
        var failure = new Failure();
        var counters = new ArrestLineCounter[degreeOfParallelism];
        var workers = new Task[degreeOfParallelism];
        for (int w = 0; w < degreeOfParallelism; w++)
        {
            var counter = counters[w] = new ArrestLineCounter(target.Dimensions);
            workers[w] = Task.Run(() => Work(counter, blocks.Reader, free.Writer, failure, cancellationToken), cancellationToken);
        }
        try
        {
            await CutAsync(stream, blocks.Writer, free.Reader, failure, progress, blockSize, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            blocks.Writer.TryComplete();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        failure.ThrowIfAny();
        long arrests = 0;
        foreach (ArrestLineCounter counter in counters)
        {
            target.Merge(counter.Counted);
            arrests += counter.Arrests;
        }
        return arrests;
    }

    private static async Task CutAsync(Stream stream, ChannelWriter<Block> blocks, ChannelReader<byte[]> free, Failure failure, IProgress<long>? progress, int blockSize, CancellationToken cancellationToken)
    {
        byte[] carry = [];
        int carried = 0;
        long line = 0;
        long read = 0;
        bool ended = false;
        while (!ended && !failure.Any)
        {
            byte[] buffer = await free.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (buffer.Length < 2 * carried)
            {
                buffer = new byte[2 * carried]; // a line longer than half a block: blocks grow to hold it
            }
            carry.AsSpan(0, carried).CopyTo(buffer);
            int filled = carried;
            int end;
            while (true)
            {
                while (filled < buffer.Length)
                {
                    int n = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        ended = true;
                        break;
                    }
                    filled += n;
                    read += n;
                }
                end = ended ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (end > 0 || ended)
                {
                    break;
                }
                Array.Resize(ref buffer, 2 * buffer.Length); // no newline in a whole block
            }
            carried = filled - end;
            if (carry.Length < carried)
            {
                carry = new byte[Math.Max(carried, blockSize)];
            }
            buffer.AsSpan(end, carried).CopyTo(carry);
            await blocks.WriteAsync(new Block(buffer, end, line), cancellationToken).ConfigureAwait(false);
            line += buffer.AsSpan(0, end).Count((byte)'\n');
            progress?.Report(read);
        }
    }

    private static async Task Work(ArrestLineCounter counter, ChannelReader<Block> blocks, ChannelWriter<byte[]> free, Failure failure, CancellationToken cancellationToken)
    {
        while (await blocks.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (blocks.TryRead(out Block block))
            {
                try
                {
                    if (block.FirstLine < failure.Line)
                    {
                        counter.CountLines(block.Buffer.AsSpan(0, block.Length), block.FirstLine);
                    }
                }
                catch (Exception e)
                {
                    failure.Note(block.FirstLine, e);
                }
                finally
                {
                    free.TryWrite(block.Buffer);
                }
            }
        }
        counter.Flush();
    }

    // Reads a JSON array of arrests on one thread, framed as ReadArrayAsync frames it.
    internal static async Task<long> ArrayAsync(Stream stream, ArrestBreakdownAccumulator target, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var counter = new ArrestLineCounter(target.Dimensions);
        using var buffer = new StreamBuffer(stream, BlockSize);
        var framing = new ArrayFraming();
        long index = 0;
        long read = 0;
        int margin = 4096; // twice the longest element so far
        while (true)
        {
            ArrayFraming.Step step = framing.Next(buffer.Span, buffer.EndOfStream, index, out int consumed);
            buffer.Consume(consumed);
            if (step == ArrayFraming.Step.End)
            {
                break;
            }
            // As ElementReader: near the end of the buffer, make sure the element is all there before reading it, so
            // that an element cut off by a read is not read (and refused) again and again.
            bool cutOff = step == ArrayFraming.Step.Element && !buffer.EndOfStream && buffer.Span.Length < margin && !ArrestLineCounter.IsComplete(buffer.Span);
            if (step == ArrayFraming.Step.NeedMore || cutOff || !ArrestLineCounter.TryCodesOf(buffer.Span, buffer.EndOfStream, index, out ulong codes, out int length))
            {
                int before = buffer.Span.Length;
                await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
                read += buffer.Span.Length - before;
                progress?.Report(read);
                continue;
            }
            buffer.Consume(length);
            margin = Math.Max(margin, 2 * length);
            framing.ElementRead();
            counter.Add(codes);
            index++;
        }
        counter.Flush();
        target.Merge(counter.Counted);
        return counter.Arrests;
    }

    private readonly record struct Block(byte[] Buffer, int Length, long FirstLine);

    // The failure on the earliest block seen to fail (each block's lines are read in order, so its first failure is its
    // earliest), shared by the workers.
    private sealed class Failure
    {
        private readonly Lock gate = new();
        private Exception? error;

        private long line = long.MaxValue;

        // Blocks starting at or after this line need not be read.
        internal long Line => Volatile.Read(ref line);

        internal bool Any => Volatile.Read(ref error) is not null;

        internal void Note(long blockLine, Exception e)
        {
            lock (gate)
            {
                if (blockLine < line)
                {
                    Volatile.Write(ref line, blockLine);
                    error = e;
                }
            }
        }

        internal void ThrowIfAny()
        {
            if (error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
        }
    }
}
