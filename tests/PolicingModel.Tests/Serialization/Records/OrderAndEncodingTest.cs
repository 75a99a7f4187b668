using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// JSON objects are unordered and JSON text may be escaped or arrive in pieces: any permutation of the members of every
/// object, any escaping of the strings, and any segmentation of the bytes (a ReadOnlySequence of 1- to 4,096-byte
/// segments, a PipeReader) must read equal to the compact, ordered form the library writes.
/// </summary>
public sealed class OrderAndEncodingTest
{
    private static int permutations;
    private static int segmentations;

    [Fact]
    public void Any_permutation_of_the_members_of_every_object_reads_equal()
    {
        Gen.Select(ModelGenerators.Document, Gen.Int).Sample((document, seed) =>
        {
            JsonNode shuffled = Shuffle(JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(document))!, new Random(seed));
            PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(shuffled.ToJsonString())).Should().Be(document);
            Interlocked.Increment(ref permutations);
        }, iter: 300);
        ConformanceTest.Record("permutations", $"{permutations} documents with every object's members shuffled read equal");
    }

    [Fact]
    public void Sorted_keys_as_a_generic_serialiser_writes_them_read_equal()
    {
        PolicingDocument document = Samples.Document();
        JsonNode sorted = Sort(JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(document))!);
        PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(sorted.ToJsonString())).Should().Be(document);
    }

    [Fact]
    public void Strings_written_with_escapes_read_equal()
    {
        Gen.Select(ModelGenerators.Document, Gen.Int[0, 3]).Sample((document, style) =>
        {
            byte[] escaped = Escape(PolicingJson.WriteToUtf8Bytes(document), style);
            PolicingJson.ReadDocument(escaped).Should().Be(document);
        }, iter: 200);
        // The case a web client met: a code with a JSON escape inside it.
        string json = Encoding.UTF8.GetString(PolicingJson.WriteToUtf8Bytes(Samples.Document())).Replace("\"remains-in-custody\"", "\"remains\\u002din-custody\"", StringComparison.Ordinal);
        PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(json)).Should().Be(Samples.Document());
    }

    [Fact]
    public void Any_segmentation_of_the_bytes_reads_equal()
    {
        Gen.Select(ModelGenerators.Document, Gen.Int[1, 4096], Gen.Int).Sample((document, largest, seed) =>
        {
            byte[] utf8 = PolicingJson.WriteToUtf8Bytes(document);
            ReadOnlySequence<byte> sequence = Segments(utf8, largest, new Random(seed));
            var reader = new Utf8JsonReader(sequence);
            JsonSerializer.Deserialize(ref reader, PolicingJson.TypeInfo<PolicingDocument>()).Should().Be(document);
            Interlocked.Increment(ref segmentations);
        }, iter: 300);
        ConformanceTest.Record("segmentations", $"{segmentations} documents cut into random segments of 1 to 4,096 bytes read equal");
    }

    [Fact]
    public async Task A_document_read_through_a_pipe_in_small_writes_reads_equal()
    {
        // Sorted keys, so that finding "schemaVersion" and every "kind" skips members of a reader that is never on
        // its final block (a pipe's), as ASP.NET Core's is.
        PolicingDocument document = Samples.Document();
        byte[] utf8 = Encoding.UTF8.GetBytes(Sort(JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(document))!).ToJsonString());
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 16));
        Task<PolicingDocument?> reading = JsonSerializer.DeserializeAsync(pipe.Reader, PolicingJson.TypeInfo<PolicingDocument>(), TestContext.Current.CancellationToken).AsTask();
        for (int offset = 0; offset < utf8.Length; offset += 7)
        {
            await pipe.Writer.WriteAsync(utf8.AsMemory(offset, Math.Min(7, utf8.Length - offset)), TestContext.Current.CancellationToken);
        }
        await pipe.Writer.CompleteAsync();
        (await reading).Should().Be(document);
    }

    [Fact]
    public void An_error_in_segmented_input_names_the_same_pointer_as_in_one_piece()
    {
        string json = Encoding.UTF8.GetString(PolicingJson.WriteToUtf8Bytes(Samples.Document())).Replace("\"force\":\"kent\"", "\"force\":\"gotham\"", StringComparison.Ordinal);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        Action whole = () => PolicingJson.ReadDocument(utf8);
        string expected = whole.Should().Throw<PolicingJsonException>().Which.Pointer;
        Action pieces = () =>
        {
            var reader = new Utf8JsonReader(Segments(utf8, 3, new Random(1)));
            JsonSerializer.Deserialize(ref reader, PolicingJson.TypeInfo<PolicingDocument>());
        };
        pieces.Should().Throw<PolicingJsonException>().Which.Pointer.Should().Be(expected);
    }

    // Reorders the members of every object at random, keeping values as they are.
    private static JsonNode Shuffle(JsonNode node, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = obj.Select(p => (p.Key, Value: p.Value is null ? null : Shuffle(p.Value.DeepClone(), random))).ToList();
                var shuffled = new JsonObject();
                foreach ((string key, JsonNode? value) in members.OrderBy(_ => random.Next()))
                {
                    shuffled[key] = value;
                }
                return shuffled;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => item is null ? null : Shuffle(item.DeepClone(), random))]);
            default:
                return node.DeepClone();
        }
    }

    // Members in ordinal order of their names, as json.dumps(sort_keys=True) writes them.
    private static JsonNode Sort(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sort(p.Value.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Sort(item.DeepClone()))]),
        _ => node.DeepClone(),
    };

    // Rewrites every string (names and values) with \u escapes: 0 for every character, 1 for hyphens only, 2 for
    // non-ASCII only, 3 for every other character.
    private static byte[] Escape(byte[] utf8, int style)
    {
        var output = new StringBuilder();
        var reader = new Utf8JsonReader(utf8);
        string text = Encoding.UTF8.GetString(utf8);
        int last = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                int start = (int)reader.TokenStartIndex;
                int length = reader.ValueSpan.Length + 2;
                output.Append(Encoding.UTF8.GetString(utf8, last, start - last));
                output.Append('"');
                string value = reader.GetString()!;
                int i = 0;
                foreach (Rune rune in value.EnumerateRunes())
                {
                    string character = rune.ToString();
                    bool escape = style switch { 0 => true, 1 => rune.Value == '-', 2 => rune.Value > 127, _ => i++ % 2 == 0 };
                    if (escape || rune.Value is '"' or '\\' || rune.Value < ' ')
                    {
                        // A character outside the BMP is escaped as its surrogate pair, both halves together.
                        foreach (char half in character)
                        {
                            output.Append($"\\u{(int)half:x4}");
                        }
                    }
                    else
                    {
                        output.Append(character);
                    }
                }
                output.Append('"');
                last = start + length;
            }
        }
        output.Append(Encoding.UTF8.GetString(utf8, last, utf8.Length - last));
        _ = text;
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    // The bytes cut into segments of 1 to largest bytes.
    private static ReadOnlySequence<byte> Segments(byte[] utf8, int largest, Random random)
    {
        Segment? first = null;
        Segment? last = null;
        for (int offset = 0; offset < utf8.Length;)
        {
            int length = Math.Min(utf8.Length - offset, random.Next(1, largest + 1));
            var segment = new Segment(utf8.AsMemory(offset, length), offset);
            if (last is null)
            {
                first = segment;
            }
            else
            {
                last.Next = segment;
            }
            last = segment;
            offset += length;
        }
        return first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        internal new Segment? Next
        {
            get => (Segment?)base.Next;
            set => base.Next = value;
        }
    }
}
