using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Serialization;
using PolicingModel.Serialization.Streaming;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// The differential test of the breakdown readers (<see cref="PolicingJson.ReadArrestJsonLinesIntoAsync"/>,
/// <see cref="PolicingJson.ReadArrestArrayIntoAsync"/>) against the full readers followed by
/// <see cref="ArrestBreakdownAccumulator.Add"/>: on generated valid arrests (every optional member, custody,
/// identifiers, all outcome kinds) and on the reader fuzzer's mutations of them, both give the same breakdown or
/// refuse with the same <see cref="PolicingJsonException"/> kind, pointer and problem, on one thread and on several,
/// with blocks so small that lines fall across them.
/// </summary>
/// <remarks>One test compares the bytes allocated by the two readers across the process, so the class never runs beside others.</remarks>
[Collection(nameof(HeapMeasurement))]
public sealed class BreakdownReadingTest
{
    private const ArrestDimension Every = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.Sex | ArrestDimension.EthnicityGroup
        | ArrestDimension.HomeArea | ArrestDimension.Force | ArrestDimension.Outcome;

    private static readonly Gen<Arrest[]> Arrests = ModelGenerators.Arrest.Array[0, 40];

    private static readonly Arrest[][] LineSeeds = [.. Arrests.Array[12].Single().Where(a => a.Length > 0)];

    // A document of JSON Lines with one line mutated by the reader fuzzer's mutations (which may add or remove
    // newlines), or with bytes of the whole text flipped, deleted or turned into line breaks.
    private static readonly Gen<byte[]> MutatedLines = Gen.OneOf(
        Gen.Int[0, LineSeeds.Length - 1].SelectMany(i => Gen.Int[0, LineSeeds[i].Length - 1].SelectMany(line =>
        {
            Arrest[] arrests = LineSeeds[i];
            return ReaderFuzzTest.Mutations.For(PolicingJson.Write(arrests[line])).Select(mutated =>
                (byte[])[.. Lines(arrests[..line], "\n"), .. mutated, (byte)'\n', .. Lines(arrests[(line + 1)..], "\n")]);
        })),
        Gen.Int[0, LineSeeds.Length - 1].SelectMany(i => Gen.Int[0, LineSeeds[i].Length - 1].SelectMany(line =>
        {
            Arrest[] arrests = LineSeeds[i];
            return Structural(PolicingJson.Write(arrests[line])).Select(mutated =>
                (byte[])[.. Lines(arrests[..line], "\n"), .. mutated, (byte)'\n', .. Lines(arrests[(line + 1)..], "\n")]);
        })),
        Gen.Int[0, LineSeeds.Length - 1].SelectMany(i =>
        {
            byte[] text = Lines(LineSeeds[i], "\n");
            return Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[0, 3], Gen.Int[0, 7], (at, how, bit) => how switch
            {
                0 => [.. text[..at], (byte)(text[at] ^ (1 << bit)), .. text[(at + 1)..]],
                1 => [.. text[..at], .. text[Math.Min(text.Length, at + 1 + bit)..]],
                2 => [.. text[..at], (byte)'\n', .. text[at..]],
                _ => (byte[])[.. text[..at], (byte)'\r', (byte)'\n', (byte)' ', .. text[at..]],
            });
        }));

    private static readonly byte[][] ArraySeeds = [.. Arrests.Array[12].Single().Where(a => a.Length > 0).Select(a => Encoding.UTF8.GetBytes("[" + string.Join(",", a.Select(x => Encoding.UTF8.GetString(PolicingJson.Write(x)))) + "]"))];

    [Fact]
    public void Valid_json_lines_give_the_breakdown_of_the_full_reader_on_one_thread_and_on_three()
    {
        Gen.Select(Arrests, ArrestGenerators.Dimensions, Gen.Int[64, 4096], Gen.Int[1, 97], Gen.Bool).Sample((arrests, dimensions, blockSize, chunk, crlf) =>
        {
            byte[] text = Lines(arrests, crlf ? "\r\n" : "\n");
            ArrestBreakdown expected = ArrestBreakdown.Of(arrests, dimensions);
            foreach (int threads in (int[])[1, 3])
            {
                var accumulator = new ArrestBreakdownAccumulator(dimensions);
                long added = BreakdownReading.JsonLinesAsync(new Chunked(text, chunk), accumulator, threads, null, CancellationToken.None, blockSize).GetAwaiter().GetResult();
                added.Should().Be(arrests.Length);
                accumulator.ToBreakdown().Should().Be(expected, $"{threads} thread(s), blocks of {blockSize} bytes");
            }
        }, iter: 300);
    }

    [Fact]
    public void Valid_arrays_give_the_breakdown_of_the_full_reader()
    {
        Gen.Select(Arrests, ArrestGenerators.Dimensions, Gen.Int[1, 97]).Sample((arrests, dimensions, chunk) =>
        {
            byte[] text = Encoding.UTF8.GetBytes("[" + string.Join(",\n ", arrests.Select(a => Encoding.UTF8.GetString(PolicingJson.Write(a)))) + "]");
            var accumulator = new ArrestBreakdownAccumulator(dimensions);
            PolicingJson.ReadArrestArrayIntoAsync(new Chunked(text, chunk), accumulator).GetAwaiter().GetResult().Should().Be(arrests.Length);
            accumulator.ToBreakdown().Should().Be(ArrestBreakdown.Of(arrests, dimensions));
        }, iter: 200);
    }

    [Fact]
    public void Mutated_json_lines_are_accepted_or_refused_as_the_full_reader_accepts_or_refuses_them()
    {
        var tally = new Tally();
        MutatedLines.Sample(text =>
        {
            string expected = Verdict(() => FullJsonLines(text));
            tally.Note(expected);
            foreach ((int threads, int blockSize) in ((int, int)[])[(1, BreakdownReading.BlockSize), (1, 200), (2, 300), (3, 64)])
            {
                var accumulator = new ArrestBreakdownAccumulator(Every);
                string actual = Verdict(() =>
                {
                    BreakdownReading.JsonLinesAsync(new MemoryStream(text), accumulator, threads, null, CancellationToken.None, blockSize).GetAwaiter().GetResult();
                    return accumulator.ToBreakdown();
                });
                actual.Should().Be(expected, $"{threads} thread(s), blocks of {blockSize} bytes, on {Preview(text)}");
            }
        }, iter: Cases(2000), threads: 1);
        tally.Refused.Should().BeGreaterThan(100, "mutations that are never refused test nothing");
        tally.Accepted.Should().BeGreaterThan(10, "some mutations leave valid arrests");
    }

    [Fact]
    public void Mutated_arrays_are_accepted_or_refused_as_the_full_reader_accepts_or_refuses_them()
    {
        var tally = new Tally();
        Gen.OneOf(
            Gen.Int[0, ArraySeeds.Length - 1].SelectMany(i => ReaderFuzzTest.Mutations.For(ArraySeeds[i])),
            Gen.Int[0, LineSeeds.Length - 1].SelectMany(i => Gen.Int[0, LineSeeds[i].Length - 1].SelectMany(at => Structural(PolicingJson.Write(LineSeeds[i][at])).Select(mutated =>
                Encoding.UTF8.GetBytes("[" + string.Join(",", LineSeeds[i].Select((a, j) => j == at ? Encoding.UTF8.GetString(mutated) : Encoding.UTF8.GetString(PolicingJson.Write(a)))) + "]")))))
        .Sample(text =>
        {
            string expected = Verdict(() => FullArray(text));
            tally.Note(expected);
            var accumulator = new ArrestBreakdownAccumulator(Every);
            string actual = Verdict(() =>
            {
                PolicingJson.ReadArrestArrayIntoAsync(new Chunked(text, 61), accumulator).GetAwaiter().GetResult();
                return accumulator.ToBreakdown();
            });
            actual.Should().Be(expected, $"on {Preview(text)}");
        }, iter: Cases(1500), threads: 1);
        tally.Refused.Should().BeGreaterThan(100);
        tally.Accepted.Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task The_first_refused_line_is_reported_even_when_a_later_block_fails_first()
    {
        Arrest[] arrests = ModelGenerators.Arrest.Array[400].Single();
        string[] lines = Encoding.UTF8.GetString(Lines(arrests, "\n")).Split('\n');
        lines[37] = lines[37].Replace("{", "{\"x\":1,", StringComparison.Ordinal);
        lines[390] = "{";
        byte[] text = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.AgeBand);

        Func<Task> read = () => BreakdownReading.JsonLinesAsync(new MemoryStream(text), accumulator, 3, null, CancellationToken.None, blockSize: 2048);

        (await read.Should().ThrowAsync<PolicingJsonException>()).Which.Pointer.Should().Be("/37/x");
        accumulator.ToBreakdown().TotalCount.Should().Be(0, "nothing is added when a line is refused");
    }

    [Fact]
    public async Task Records_the_breakdown_does_not_use_are_not_built_and_progress_reaches_the_end()
    {
        byte[] line = PolicingJson.Write(ModelGenerators.Arrest.Where(a => a.Location is not null && a.Person.HomeArea is not null).Single());
        const int Lines = 100_000;
        const ArrestDimension Dimensions = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup;
        CancellationToken cancel = TestContext.Current.CancellationToken;

        var full = new ArrestBreakdownAccumulator(Dimensions);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await foreach (Arrest arrest in PolicingJson.ReadJsonLinesAsync<Arrest>(new RepeatedLines(line, Lines), cancellationToken: cancel))
        {
            full.Add(arrest);
        }
        long fullAllocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var stream = new RepeatedLines(line, Lines);
        var accumulator = new ArrestBreakdownAccumulator(Dimensions);
        long reported = 0;
        before = GC.GetTotalAllocatedBytes(precise: true);
        long added = await PolicingJson.ReadArrestJsonLinesIntoAsync(stream, accumulator, 2, new SynchronousProgress(bytes => reported = bytes), cancel);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        added.Should().Be(Lines);
        reported.Should().Be(stream.Length);
        accumulator.ToBreakdown().Should().Be(full.ToBreakdown());
        // Both allocate the nested values they read (ids, places, outcomes); only the full reader builds the arrest,
        // its person and its list of offences around them. The blocks (5 MiB here) are not per arrest.
        allocated.Should().BeLessThan(fullAllocated, "the breakdown reader must not build what it does not use");
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.None);
        await FluentActions.Awaiting(() => PolicingJson.ReadArrestJsonLinesIntoAsync(new MemoryStream(), accumulator, 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => PolicingJson.ReadArrestJsonLinesIntoAsync(null!, accumulator)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => PolicingJson.ReadArrestArrayIntoAsync(new MemoryStream(), null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    // Mutations of the structure of one valid arrest, at any member or element however deep: removed (a missing
    // member), null, a value of another JSON type, renamed (an unknown member), or written twice (a duplicate).
    private static Gen<byte[]> Structural(byte[] arrest)
    {
        int places = Places(JsonNode.Parse(arrest)!).Count;
        return Gen.Select(Gen.Int[0, places - 1], Gen.Int[0, 7], (place, how) =>
        {
            JsonNode root = JsonNode.Parse(arrest)!;
            (JsonNode parent, string? name, int index) = Places(root)[place];
            JsonNode? replacement = how switch
            {
                1 => null,
                2 => JsonValue.Create(7),
                3 => JsonValue.Create("x"),
                4 => new JsonObject(),
                5 => new JsonArray(),
                _ => JsonValue.Create(true),
            };
            if (parent is JsonObject obj && name is not null)
            {
                JsonNode? value = obj[name];
                switch (how)
                {
                    case 0:
                        obj.Remove(name);
                        break;
                    case 6:
                        obj.Remove(name);
                        obj["zz" + name] = value;
                        break;
                    case 7:
                        string text = root.ToJsonString();
                        string member = $"\"{name}\":{value?.ToJsonString() ?? "null"}";
                        int at = text.IndexOf(member, StringComparison.Ordinal);
                        return Encoding.UTF8.GetBytes(at < 0 ? text : text.Insert(at, member + ","));
                    default:
                        obj[name] = replacement;
                        break;
                }
            }
            else if (parent is JsonArray array)
            {
                if (how == 0)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = replacement;
                }
            }
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        });
    }

    // Every member and element of a JSON value, depth first, as (container, member name or null, element index).
    private static List<(JsonNode Parent, string? Name, int Index)> Places(JsonNode node)
    {
        var places = new List<(JsonNode, string?, int)>();
        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> member in obj.ToList())
                    {
                        places.Add((obj, member.Key, -1));
                        Walk(member.Value);
                    }
                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        places.Add((array, null, i));
                        Walk(array[i]);
                    }
                    break;
            }
        }
        Walk(node);
        return places;
    }

    // The default number of cases, or POLICINGMODEL_BREAKDOWN_CASES for a longer campaign.
    private static int Cases(int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICINGMODEL_BREAKDOWN_CASES"), out int n) && n > 0 ? n : byDefault;

    private static ArrestBreakdown FullJsonLines(byte[] text)
    {
        var accumulator = new ArrestBreakdownAccumulator(Every);
        IAsyncEnumerator<Arrest> arrests = PolicingJson.ReadJsonLinesAsync<Arrest>(new MemoryStream(text)).GetAsyncEnumerator();
        while (arrests.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            accumulator.Add(arrests.Current);
        }
        return accumulator.ToBreakdown();
    }

    private static ArrestBreakdown FullArray(byte[] text)
    {
        var accumulator = new ArrestBreakdownAccumulator(Every);
        IAsyncEnumerator<Arrest> arrests = PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(text)).GetAsyncEnumerator();
        while (arrests.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            accumulator.Add(arrests.Current);
        }
        return accumulator.ToBreakdown();
    }

    // What a reader made of a text: every cell it counted, or the error it refused the text with.
    private static string Verdict(Func<ArrestBreakdown> read)
    {
        try
        {
            ArrestBreakdown breakdown = read();
            return "accepted: " + string.Join(" ", breakdown.Cells.Select(c => $"{c.Key}={c.Count}"));
        }
        catch (PolicingJsonException e)
        {
            return $"refused: {e.Kind} at '{e.Pointer}': {e.Problem}";
        }
    }

    private static byte[] Lines(Arrest[] arrests, string newline) =>
        Encoding.UTF8.GetBytes(string.Concat(arrests.Select(a => Encoding.UTF8.GetString(PolicingJson.Write(a)) + newline)));

    private static string Preview(byte[] text)
    {
        string s = Encoding.UTF8.GetString(text);
        return s.Length <= 300 ? s : s[..150] + " … " + s[^150..];
    }

    private sealed class Tally
    {
        internal int Accepted { get; private set; }

        internal int Refused { get; private set; }

        internal void Note(string verdict)
        {
            if (verdict.StartsWith("accepted", StringComparison.Ordinal))
            {
                Accepted++;
            }
            else
            {
                Refused++;
            }
        }
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    // A stream that hands out at most chunk bytes a read, so values fall across reads.
    private sealed class Chunked(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }

    // The same line, n times, generated as it is read: a long stream that is never in memory.
    private sealed class RepeatedLines(byte[] line, int lines) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => (line.Length + 1L) * lines;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int written = 0;
            while (written < buffer.Length && position < Length)
            {
                int at = (int)(position % (line.Length + 1));
                buffer[written++] = at < line.Length ? line[at] : (byte)'\n';
                position++;
            }
            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
