using System.Text;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

public sealed class StreamingTest
{
    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            yield return item;
        }
        await Task.CompletedTask;
    }

    private static Arrest[] Arrests(int n) => [.. Enumerable.Range(0, n).Select(i => Samples.Arrest($"a{i}", i % 2 == 0 ? null : new Bailed(Samples.PreChargeBail())))];

    [Fact]
    public async Task Array_round_trips_through_a_stream()
    {
        Arrest[] arrests = Arrests(50);
        using var stream = new MemoryStream();
        await PolicingJson.WriteArrayAsync(stream, Async(arrests), TestContext.Current.CancellationToken);
        stream.Position = 0;
        var back = new List<Arrest>();
        await foreach (Arrest arrest in PolicingJson.ReadArrayAsync<Arrest>(new OneByteAtATime(stream), cancellationToken: TestContext.Current.CancellationToken))
        {
            back.Add(arrest);
        }
        back.Should().Equal(arrests);
    }

    [Fact]
    public async Task Json_lines_round_trip_through_a_stream()
    {
        Arrest[] arrests = Arrests(20);
        using var stream = new MemoryStream();
        await PolicingJson.WriteJsonLinesAsync(stream, Async(arrests), TestContext.Current.CancellationToken);
        Encoding.UTF8.GetString(stream.ToArray()).Split('\n').Should().HaveCount(21);
        stream.Position = 0;
        var back = new List<Arrest>();
        await foreach (Arrest arrest in PolicingJson.ReadJsonLinesAsync<Arrest>(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            back.Add(arrest);
        }
        back.Should().Equal(arrests);
    }

    [Fact]
    public async Task Element_errors_carry_the_element_index()
    {
        string one = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest()));
        string json = $"[{one},{one},{one.Replace("\"force\":\"metropolitan\",\"outcome\"", "\"force\":\"gotham\",\"outcome\"", StringComparison.Ordinal)}]";
        Func<Task> read = async () =>
        {
            await foreach (Arrest _ in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken))
            {
            }
        };
        (await read.Should().ThrowAsync<PolicingJsonException>()).Which.Pointer.Should().Be("/2/force");
    }

    [Fact]
    public async Task Json_lines_errors_carry_the_line_index()
    {
        string one = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest()));
        string json = $"{one}\n\n{one.Replace("\"arrestedAt\"", "\"arrestedOn\"", StringComparison.Ordinal)}\n";
        Func<Task> read = async () =>
        {
            await foreach (Arrest _ in PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken))
            {
            }
        };
        PolicingJsonException error = (await read.Should().ThrowAsync<PolicingJsonException>()).Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.UnknownMember);
        error.Pointer.Should().Be("/2/arrestedOn");
    }

    [Theory]
    [InlineData("[", PolicingJsonErrorKind.Syntax)]
    [InlineData("{}", PolicingJsonErrorKind.WrongType)]
    [InlineData("[null]", PolicingJsonErrorKind.NullNotAllowed)]
    [InlineData("[1]", PolicingJsonErrorKind.WrongType)]
    [InlineData("[] []", PolicingJsonErrorKind.Syntax)]
    public async Task Malformed_arrays_are_rejected(string json, PolicingJsonErrorKind kind)
    {
        Func<Task> read = async () =>
        {
            await foreach (Arrest _ in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken))
            {
            }
        };
        (await read.Should().ThrowAsync<PolicingJsonException>()).Which.Kind.Should().Be(kind);
    }

    [Fact]
    public async Task Seizures_round_trip_as_an_array_and_as_json_lines()
    {
        Seizure[] seizures = [.. Enumerable.Range(0, 5).SelectMany(_ => Samples.Operation().Seizures)];
        using var array = new MemoryStream();
        await PolicingJson.WriteArrayAsync(array, Async(seizures), TestContext.Current.CancellationToken);
        using var lines = new MemoryStream();
        await PolicingJson.WriteJsonLinesAsync(lines, Async(seizures), TestContext.Current.CancellationToken);
        array.Position = 0;
        lines.Position = 0;
        (await ToList(PolicingJson.ReadArrayAsync<Seizure>(array, cancellationToken: TestContext.Current.CancellationToken))).Should().Equal(seizures);
        (await ToList(PolicingJson.ReadJsonLinesAsync<Seizure>(new OneByteAtATime(lines), cancellationToken: TestContext.Current.CancellationToken))).Should().Equal(seizures);
    }

    [Fact]
    public async Task Written_array_is_what_the_whole_array_writer_writes()
    {
        Arrest[] arrests = Arrests(5);
        using var stream = new MemoryStream();
        await PolicingJson.WriteArrayAsync(stream, Async(arrests), TestContext.Current.CancellationToken);
        stream.ToArray().Should().Equal(PolicingJson.Write<EquatableArray<Arrest>>([.. arrests]));
    }

    [Fact]
    public async Task Json_lines_accept_crlf_blank_lines_and_a_missing_final_newline()
    {
        string one = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest()));
        string text = $"{one}\r\n  \r\n{one.Replace("\"a1\"", "\"a2\"", StringComparison.Ordinal)}";
        List<Arrest> back = await ToList(PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: TestContext.Current.CancellationToken));
        back.Select(a => a.Id.Value).Should().Equal("a1", "a2");
    }

    [Fact]
    public async Task Null_items_are_refused_when_writing()
    {
        Arrest[] arrests = [Samples.Arrest(), null!];
        Func<Task> array = () => PolicingJson.WriteArrayAsync(Stream.Null, Async(arrests), TestContext.Current.CancellationToken);
        Func<Task> lines = () => PolicingJson.WriteJsonLinesAsync(Stream.Null, Async(arrests), TestContext.Current.CancellationToken);
        (await array.Should().ThrowAsync<ArgumentNullException>()).Which.Message.Should().Contain("items[1]");
        (await lines.Should().ThrowAsync<ArgumentNullException>()).Which.Message.Should().Contain("items[1]");
    }

    [Fact]
    public async Task Null_lines_and_elements_that_nest_too_deep_are_rejected_with_their_index()
    {
        Func<Task> nullLine = () => ToList(PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream("null\n"u8.ToArray())));
        PolicingJsonException error = (await nullLine.Should().ThrowAsync<PolicingJsonException>()).Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.NullNotAllowed);
        error.Pointer.Should().Be("/0");

        string deep = "[{}," + new string('[', 40) + new string(']', 40) + "]";
        Func<Task> tooDeep = () => ToList(PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(deep)), cancellationToken: TestContext.Current.CancellationToken));
        (await tooDeep.Should().ThrowAsync<PolicingJsonException>()).Which.Kind.Should().BeOneOf(PolicingJsonErrorKind.TooDeep, PolicingJsonErrorKind.MissingMember);
    }

    [Fact]
    public void Types_outside_the_contract_are_refused_up_front()
    {
        Action read = () => PolicingJson.ReadArrayAsync<StreamingTest>(Stream.Null, cancellationToken: TestContext.Current.CancellationToken);
        Action write = () => PolicingJson.WriteArrayAsync(Stream.Null, Async<StreamingTest>([]), TestContext.Current.CancellationToken);
        read.Should().Throw<NotSupportedException>();
        write.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public async Task Reading_is_deferred_and_leaves_the_stream_open()
    {
        var stream = new MemoryStream("[]"u8.ToArray());
        IAsyncEnumerable<Arrest> arrests = PolicingJson.ReadArrayAsync<Arrest>(stream, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position.Should().Be(0);
        (await ToList(arrests)).Should().BeEmpty();
        stream.CanRead.Should().BeTrue();
    }

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items.WithCancellation(TestContext.Current.CancellationToken))
        {
            list.Add(item);
        }
        return list;
    }

    [Fact]
    public async Task An_element_larger_than_the_buffer_is_read_whole()
    {
        // Free text is at most 4,000 characters, so the element is made large by its number of offences.
        Arrest big = new(
            new ArrestId("big"), Samples.Dawn, Samples.Arrest().Person, [.. Enumerable.Repeat(Samples.Arrest().Offences[0], 2_000)], PoliceForce.Metropolitan, new RemainsInCustody(),
            custody: new CustodyDetails(Samples.Dawn, new string('x', 4_000)));
        Arrest[] arrests = [.. Arrests(30), big, .. Arrests(30)];
        using var stream = new MemoryStream();
        await PolicingJson.WriteArrayAsync(stream, Async(arrests), TestContext.Current.CancellationToken);
        stream.Position = 0;
        (await ToList(PolicingJson.ReadArrayAsync<Arrest>(new Chunked(stream, 7919), cancellationToken: TestContext.Current.CancellationToken))).Should().Equal(arrests);
    }

    [Fact]
    public async Task An_error_in_an_element_across_a_buffer_boundary_carries_its_index()
    {
        string one = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest()));
        string bad = one.Replace("\"sex\":\"male\"", "\"sex\":\"mail\"", StringComparison.Ordinal);
        string json = "[" + string.Join(",", Enumerable.Repeat(one, 300)) + "," + bad + "]";
        Func<Task> read = () => ToList(PolicingJson.ReadArrayAsync<Arrest>(new Chunked(new MemoryStream(Encoding.UTF8.GetBytes(json)), 4093), cancellationToken: TestContext.Current.CancellationToken));
        PolicingJsonException error = (await read.Should().ThrowAsync<PolicingJsonException>()).Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.UnknownCode);
        error.Pointer.Should().Be("/300/person/sex");
    }

    [Theory]
    [InlineData("[{}{}]")]
    [InlineData("[{},]")]
    [InlineData("[,{}]")]
    [InlineData("x")]
    [InlineData("")]
    public async Task Broken_array_punctuation_is_a_syntax_error(string json)
    {
        Func<Task> read = () => ToList(PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken));
        (await read.Should().ThrowAsync<PolicingJsonException>()).Which.Kind.Should().BeOneOf(PolicingJsonErrorKind.Syntax, PolicingJsonErrorKind.MissingMember);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. PolicingJson.Write<EquatableArray<Arrest>>([Samples.Arrest()])];
        (await ToList(PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(json), cancellationToken: TestContext.Current.CancellationToken))).Should().Equal(Samples.Arrest());
    }

    [Fact]
    public async Task A_json_line_with_anything_after_its_object_is_refused()
    {
        string one = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest()));
        Func<Task> read = () => ToList(PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream(Encoding.UTF8.GetBytes($"{one}\n{one} {{}}\n")), cancellationToken: TestContext.Current.CancellationToken));
        PolicingJsonException error = (await read.Should().ThrowAsync<PolicingJsonException>()).Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.Syntax);
        error.Pointer.Should().StartWith("/1");
    }

    [Fact]
    public async Task Empty_array_yields_nothing()
    {
        var items = new List<Arrest>();
        await foreach (Arrest arrest in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(" [ ] "u8.ToArray()), cancellationToken: TestContext.Current.CancellationToken))
        {
            items.Add(arrest);
        }
        items.Should().BeEmpty();
    }

    /// <summary>Hands out at most a fixed number of bytes per read, so elements straddle buffer refills at awkward places.</summary>
    private sealed class Chunked(Stream inner, int chunk) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hands out one byte per read, so every element straddles buffer refills.</summary>
    private sealed class OneByteAtATime(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
