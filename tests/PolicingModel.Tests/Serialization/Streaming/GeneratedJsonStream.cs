namespace PolicingModel.Tests.Serialization;

/// <summary>
/// A read-only stream that produces <c>[a,a,a,...]</c> (or JSON Lines) from one record's bytes on demand, so a test can
/// feed hundreds of megabytes to a reader without ever holding them.
/// </summary>
internal sealed class GeneratedJsonStream(byte[] record, long count, bool jsonLines = false) : Stream
{
    private long emitted;
    private int offset;
    private int phase; // 0: opening bracket, 1: records, 2: closing bracket, 3: done

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesProduced; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        int written = 0;
        while (written < destination.Length && phase < 3)
        {
            if (phase == 0)
            {
                if (!jsonLines)
                {
                    destination[written++] = (byte)'[';
                }
                phase = count == 0 ? 2 : 1;
                continue;
            }
            if (phase == 2)
            {
                if (!jsonLines)
                {
                    destination[written++] = (byte)']';
                }
                phase = 3;
                continue;
            }
            if (offset == record.Length)
            {
                emitted++;
                offset = 0;
                if (emitted == count)
                {
                    if (jsonLines)
                    {
                        destination[written++] = (byte)'\n';
                    }
                    phase = 2;
                    continue;
                }
                destination[written++] = jsonLines ? (byte)'\n' : (byte)',';
                continue;
            }
            int n = Math.Min(record.Length - offset, destination.Length - written);
            record.AsSpan(this.offset, n).CopyTo(destination[written..]);
            this.offset += n;
            written += n;
        }
        BytesProduced += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
