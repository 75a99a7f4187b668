using System.Text;
using System.Text.Json;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The readers under pressure: elements, lines and documents past their limits (refused as
/// <see cref="PolicingJsonErrorKind.TooLarge"/> having buffered no more than the limit), a string of hundreds of
/// megabytes claimed by a stream that never sends it, streams that return one byte a read, a UTF-8 byte order mark at
/// every entry point, and cancellation before and during a read.
/// </summary>
internal static class StreamingAttacks
{
    internal static void Run(HardeningTally tally)
    {
        byte[] arrest = PolicingJson.Write(Examples.Arrest());
        var small = new PolicingJsonLimits(maxElementBytes: 4096, maxDocumentBytes: 4096);

        // An element larger than the limit, in an array and as a line; a document larger than the limit.
        byte[] hugeNotes = Encoding.UTF8.GetBytes("[{\"notes\":\"" + new string('x', 20_000) + "\"}]");
        Kind(tally, "array element past MaxElementBytes", PolicingJsonErrorKind.TooLarge, () => Drain(PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(hugeNotes), small)));
        Kind(tally, "JSON line past MaxElementBytes", PolicingJsonErrorKind.TooLarge, () => Drain(PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream(hugeNotes[1..^1]), small)));
        byte[] bigDocument = PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create(arrests: [.. Enumerable.Range(0, 40).Select(i => Examples.Arrest($"a{i}"))]));
        Kind(tally, "document past MaxDocumentBytes", PolicingJsonErrorKind.TooLarge, () => PolicingJson.ReadDocument(new MemoryStream(bigDocument), small));
        Kind(tally, "document past MaxDocumentBytes, asynchronously", PolicingJsonErrorKind.TooLarge, () => PolicingJson.ReadDocumentAsync(new MemoryStream(bigDocument), small).GetAwaiter().GetResult());

        // A stream that claims an endless string: refused at the limit, not when memory runs out.
        Kind(tally, "an endless string in a streamed array", PolicingJsonErrorKind.TooLarge, () => Drain(PolicingJson.ReadArrayAsync<Arrest>(new EndlessString(), small)));
        Kind(tally, "an endless line", PolicingJsonErrorKind.TooLarge, () => Drain(PolicingJson.ReadJsonLinesAsync<Arrest>(new EndlessString(), small)));
        Kind(tally, "an endless document", PolicingJsonErrorKind.TooLarge, () => PolicingJson.ReadDocument(new EndlessString(), small));

        // One byte a read, and a byte order mark, at every entry point: read back equal.
        byte[] array = [(byte)'[', .. arrest, (byte)',', .. arrest, (byte)']'];
        byte[] bom = [0xEF, 0xBB, 0xBF];
        Arrest expected = Examples.Arrest();
        tally.RoundTrip("array read one byte at a time", () => Drain(PolicingJson.ReadArrayAsync<Arrest>(new Trickle(array, 1))).All(a => a.Equals(expected)));
        tally.RoundTrip("array with a BOM", () => Drain(PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream([.. bom, .. array]))).Count == 2);
        tally.RoundTrip("JSON Lines with a BOM", () => Drain(PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream([.. bom, .. arrest, (byte)'\n']))).Single().Equals(expected));
        tally.RoundTrip("Read<T> with a BOM", () => PolicingJson.Read<Arrest>([.. bom, .. arrest]).Equals(expected));
        byte[] document = PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create(arrests: [expected]));
        tally.RoundTrip("ReadDocument with a BOM", () => PolicingJson.ReadDocument([.. bom, .. document]).Arrests.Single().Equals(expected));
        tally.RoundTrip("ReadDocument(Stream) with a BOM", () => PolicingJson.ReadDocument(new MemoryStream([.. bom, .. document])).Arrests.Single().Equals(expected));
        tally.RoundTrip("ReadDocumentAsync with a BOM", () => PolicingJson.ReadDocumentAsync(new MemoryStream([.. bom, .. document])).GetAwaiter().GetResult().Arrests.Single().Equals(expected));

        // Cancellation: a cancelled token returns nothing; cancelling after k items stops within one item.
        byte[] thousand = [(byte)'[', .. string.Join(",", Enumerable.Repeat(Encoding.UTF8.GetString(arrest), 1_000)).Select(c => (byte)c), (byte)']'];
        tally.Run("a pre-cancelled token", () =>
        {
            int read = 0;
            try
            {
                foreach (Arrest _ in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(thousand), cancellationToken: new CancellationToken(canceled: true)).ToBlockingEnumerable())
                {
                    read++;
                }
                tally.Wrong("a pre-cancelled token", "the read was not cancelled");
            }
            catch (OperationCanceledException)
            {
                // documented
            }
            if (read != 0)
            {
                tally.Wrong("a pre-cancelled token", $"{read} items came back");
            }
            return [];
        });
        foreach (int after in new[] { 1, 10, 500 })
        {
            tally.Run($"cancelled after {after} items", () =>
            {
                using var cancel = new CancellationTokenSource();
                int read = 0;
                try
                {
                    foreach (Arrest _ in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(thousand), cancellationToken: cancel.Token).ToBlockingEnumerable())
                    {
                        if (++read == after)
                        {
                            cancel.Cancel();
                        }
                    }
                    tally.Wrong($"cancelled after {after}", "the read was not cancelled");
                }
                catch (OperationCanceledException)
                {
                    // documented
                }
                if (read > after)
                {
                    tally.Wrong($"cancelled after {after}", $"{read - after} more items came back after cancellation");
                }
                return [];
            });
        }
    }

    internal static List<T> Drain<T>(IAsyncEnumerable<T> items) => [.. items.ToBlockingEnumerable()];

    // Runs read; it must be refused with kind.
    private static void Kind(HardeningTally tally, string name, PolicingJsonErrorKind kind, Func<object> read) => tally.Run(name, () =>
    {
        try
        {
            read();
            tally.Wrong(name, "was read");
        }
        catch (PolicingJsonException e) when (e.Kind == kind)
        {
            return [e.Message];
        }
        catch (PolicingJsonException e)
        {
            tally.Wrong(name, $"refused as {e.Kind}, not {kind}: {e.Message}");
        }
        return [];
    });

    /// <summary>A stream of <c>[{"notes":"xxxx…</c> that never ends.</summary>
    internal sealed class EndlessString : Stream
    {
        private static readonly byte[] Head = "[{\"notes\":\""u8.ToArray();
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = position < Head.Length ? Head[position] : (byte)'x';
                position++;
            }
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream over bytes that returns at most <c>size</c> bytes a read, as a network socket may.</summary>
    internal sealed class Trickle(byte[] bytes, int size) : Stream
    {
        private int position;

        internal int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            int n = Math.Min(Math.Min(count, size), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
