using System.Collections.Immutable;
using System.Text.Json;
using PolicingModel.Serialization;

namespace PolicingModel.Benchmarks.Json;

/// <summary>The 1,000,000 generated arrests of <see cref="ArrestData"/> (seed 20261123) and their JSON array as the library writes it.</summary>
public static class JsonData
{
    /// <summary>How many arrests.</summary>
    public const int Count = 1_000_000;

    private static readonly Lazy<EquatableArray<Arrest>> LazyArrests = new(() => new EquatableArray<Arrest>(ImmutableArray.Create(ArrestData.Generate(Count, seed: 20261123).Arrests)));

    private static readonly Lazy<byte[]> LazyUtf8 = new(() => JsonSerializer.SerializeToUtf8Bytes(Arrests, PolicingJson.TypeInfo<EquatableArray<Arrest>>()));

    /// <summary>The arrests.</summary>
    public static EquatableArray<Arrest> Arrests => LazyArrests.Value;

    /// <summary>The JSON array of the arrests (compact UTF-8).</summary>
    public static byte[] Utf8 => LazyUtf8.Value;
}

/// <summary>A write-only stream that keeps nothing and counts what it was given, so writers are measured without storage costs.</summary>
public sealed class CountingStream : Stream
{
    /// <summary>Bytes written since creation.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => Count;

    /// <inheritdoc />
    public override long Position { get => Count; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Count += count;

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Count += buffer.Length;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Count += count;
        return Task.CompletedTask;
    }
}
