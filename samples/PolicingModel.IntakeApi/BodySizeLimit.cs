namespace PolicingModel.IntakeApi;

/// <summary>
/// Caps the size of a request body (413 beyond it): by its declared length, which leaves the framework's own PipeReader
/// pipeline untouched, and, only for a body sent without one (chunked), while it is read. Servers have a limit of their own (Kestrel's MaxRequestBodySize); this one holds in every host, the tests'
/// included, and is set by configuration (Intake:MaxBodyBytes).
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next, long maxBytes)
{
    /// <summary>64 MiB: some 170,000 arrests.</summary>
    internal const long DefaultMaxBytes = 64L * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            await TooLarge(context);
            return;
        }
        if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LimitedStream(context.Request.Body, maxBytes);
        }
        try
        {
            await next(context);
        }
        catch (TooLargeException) when (!context.Response.HasStarted)
        {
            await TooLarge(context);
        }
    }

    private Task TooLarge(HttpContext context) =>
        Results.Problem(title: "The document is too large", detail: $"The intake takes documents of at most {maxBytes:N0} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);

    private sealed class TooLargeException : IOException;

    private sealed class LimitedStream(Stream inner, long maxBytes) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int bytes)
        {
            read += bytes;
            return read > maxBytes ? throw new TooLargeException() : bytes;
        }
    }
}
