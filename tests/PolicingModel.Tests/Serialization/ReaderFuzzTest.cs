using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CsCheck;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Mutates valid documents (bit flips, deleted, duplicated and truncated bytes, swapped value types, deep nesting,
/// huge numbers, very long strings, invalid UTF-8, unknown kinds and codes, unknown and duplicated members) and feeds
/// them to the strict reader. Every input must either be read into records that <see cref="OperationValidator"/>
/// can check, or be refused with <see cref="PolicingJsonException"/>: never another exception, never a hang.
/// </summary>
/// <remarks>
/// The number of cases comes from <c>POLICINGMODEL_FUZZ_CASES</c> (default 5,000, which CI runs with the rest of the
/// suite); the full campaign is <c>POLICINGMODEL_FUZZ_CASES=100000 dotnet test -- --filter-trait "Category=Fuzz"</c>.
/// The counts are written to the test output and to <c>reader-fuzz-summary.txt</c> beside the test binaries.
/// </remarks>
[Trait("Category", "Fuzz")]
public sealed class ReaderFuzzTest
{
    private const int DefaultCases = 5_000;

    /// <summary>No single input may take longer than this: far above any real read, so only a hang trips it.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private static readonly byte[][] Seeds =
    [
        PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create([CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation])),
        PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create(arrests: [Samples.Arrest()])),
        .. ModelGenerators.Document.Array[8].Single()
            .Select(PolicingJson.WriteToUtf8Bytes),
    ];

    private static readonly Gen<byte[]> Mutated =
        Gen.Int[0, Seeds.Length - 1].SelectMany(i => Mutations.For(Seeds[i]));

    [Fact]
    public async Task Every_mutated_document_is_read_and_checkable_or_refused_with_a_PolicingJsonException()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("POLICINGMODEL_FUZZ_CASES"), out int n) && n > 0 ? n : DefaultCases;
        var tally = new FuzzTally();

        CancellationToken cancel = TestContext.Current.CancellationToken;
        Task worker = Task.Run(() => Mutated.Sample(tally.Run, iter: cases, threads: 1), cancel);
        long lastSeen = -1;
        var stuck = Stopwatch.StartNew();
        while (await Task.WhenAny(worker, Task.Delay(200, cancel)) != worker)
        {
            long done = tally.Done;
            if (done != lastSeen)
            {
                lastSeen = done;
                stuck.Restart();
            }
            else if (stuck.Elapsed > HangLimit)
            {
                Assert.Fail($"The reader made no progress for {HangLimit.TotalSeconds} s on case {done + 1}: {tally.CurrentPreview}");
            }
        }
        await worker;

        string summary = $"reader fuzz: {tally.Done} cases, {tally.Accepted} accepted ({tally.AcceptedWithProblems} with validation problems), {tally.Refused} refused, {tally.Other} other exceptions";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        // dotnet test shows a passing test's output nowhere, so the counts also go beside the test binaries for CI to print.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reader-fuzz-summary.txt"), summary + "\n");
        tally.Other.Should().Be(0, tally.FirstOther);
        tally.Done.Should().Be(cases);
        tally.Refused.Should().BeGreaterThan(0, "a fuzzer that never produces a bad document tests nothing");
        tally.Accepted.Should().BeGreaterThan(0, "some mutations (a flipped bit in a string) leave a valid document");
    }

    /// <summary>The counts and the first unexpected failure; one case at a time (the generator runs on one thread).</summary>
    private sealed class FuzzTally
    {
        private long done;

        public long Done => Interlocked.Read(ref done);

        public int Accepted { get; private set; }

        public int AcceptedWithProblems { get; private set; }

        public int Refused { get; private set; }

        public int Other { get; private set; }

        public string FirstOther { get; private set; } = "";

        public string CurrentPreview { get; private set; } = "";

        public void Run(byte[] input)
        {
            CurrentPreview = Preview(input);
            try
            {
                PolicingDocument document = PolicingJson.ReadDocument(input);
                Accepted++;
                if (document.Operations.Any(o => !OperationValidator.Validate(o).Problems.IsEmpty))
                {
                    AcceptedWithProblems++;
                }
            }
            catch (PolicingJsonException e) when (e.Pointer is not null && e.Message.Length > 0)
            {
                Refused++;
            }
#pragma warning disable CA1031 // the point of the test is to catch whatever else escapes
            catch (Exception e)
#pragma warning restore CA1031
            {
                if (Other++ == 0)
                {
                    FirstOther = $"{e}\n  input: {CurrentPreview}";
                }
            }
            Interlocked.Increment(ref done);
        }

        private static string Preview(byte[] input)
        {
            string text = Encoding.UTF8.GetString(input);
            return text.Length <= 400 ? text : text[..200] + $" … ({input.Length} bytes) … " + text[^200..];
        }
    }

    /// <summary>The mutations, each a generator of new bytes from a valid document (also used by the breakdown readers' differential test).</summary>
    internal static class Mutations
    {
        private static readonly string[] Kinds = ["kind", "precision", "currency", "sex", "force", "group", "unit"];

        public static Gen<byte[]> For(byte[] seed)
        {
            Token[] tokens = Tokens(seed);
            Token[] values = [.. tokens.Where(t => t.IsValue)];
            Token[] strings = [.. tokens.Where(t => t.Type == JsonTokenType.String)];
            Token[] numbers = [.. tokens.Where(t => t.Type == JsonTokenType.Number)];
            Token[] objects = [.. tokens.Where(t => t.Type == JsonTokenType.StartObject)];
            Token[] names = [.. tokens.Where(t => t.Type == JsonTokenType.PropertyName)];
            Gen<int> anyByte = Gen.Int[0, seed.Length - 1];
            Gen<Token> value = Gen.OneOf(values);
            Gen<Token> text = strings.Length > 0 ? Gen.OneOf(strings) : value;
            Gen<Token> number = numbers.Length > 0 ? Gen.OneOf(numbers) : value;

            return Gen.OneOf(
                Gen.Select(anyByte, Gen.Int[0, 7], (i, bit) => With(seed, i, 1, [(byte)(seed[i] ^ (1 << bit))])),
                Gen.Select(anyByte, Gen.Int[1, 64], (i, length) => Delete(seed, i, length)),
                Gen.Select(anyByte, Gen.Int[1, 64], anyByte, (i, length, at) => Insert(seed, at, seed.AsSpan(i, Math.Min(length, seed.Length - i)))),
                anyByte.Select(i => seed[..i]),
                Gen.Select(value, Gen.OneOf(Replacements), (t, r) => With(seed, t, Encoding.UTF8.GetBytes(r))),
                Gen.Select(value, Gen.Int[2, 5_000], (t, depth) => With(seed, t, Nested(depth))),
                Gen.Select(number, Gen.OneOf(HugeNumbers), (t, r) => With(seed, t, Encoding.UTF8.GetBytes(r))),
                Gen.Select(text, Gen.Int[1, 200_000], Gen.Char['a', 'z'], (t, length, c) => With(seed, t, Encoding.UTF8.GetBytes("\"" + new string(c, length) + "\""))),
                Gen.Select(text, Gen.OneOf(InvalidUtf8), (t, bad) => Insert(seed, t.Start + 1, bad)),
                Gen.Select(Gen.OneOf(Kinds), Gen.String[Gen.Char['a', 'z'], 1, 12], (member, code) => ReplaceMemberValue(seed, tokens, member, code)),
                objects.Length == 0 ? Gen.Const(seed) : Gen.Select(Gen.OneOf(objects), Gen.String[Gen.Char['a', 'z'], 1, 8], (o, name) => Insert(seed, o.Start + 1, Encoding.UTF8.GetBytes($"\"{name}\":1,"))),
                names.Length == 0 ? Gen.Const(seed) : Gen.OneOf(names).Select(p => DuplicateMember(seed, tokens, p)));
        }

        private static readonly string[] Replacements = ["null", "true", "false", "0", "-1", "1.5", "\"\"", "\"x\"", "{}", "[]", "[null]", "{\"kind\":null}", "\"2020-02-30\"", "\"9999-99-99T99:99:99Z\""];

        private static readonly string[] HugeNumbers =
        [
            "1e309", "-1e309", "1e-400", "79228162514264337593543950336", "-79228162514264337593543950336", "1" + new string('0', 5_000),
            "0." + new string('9', 5_000), "2147483648", "-2147483649", "9223372036854775808", "1E+2", "-0", "00", "1.", ".5", "0x10", "NaN", "Infinity",
        ];

        private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0x00]];

        private static byte[] Nested(int depth) => Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', depth));

        private static byte[] With(byte[] seed, Token token, byte[] replacement) => With(seed, token.Start, token.Length, replacement);

        private static byte[] With(byte[] seed, int start, int length, byte[] replacement) =>
            [.. seed.AsSpan(0, start), .. replacement, .. seed.AsSpan(start + length)];

        private static byte[] Delete(byte[] seed, int start, int length) => With(seed, start, Math.Min(length, seed.Length - start), []);

        private static byte[] Insert(byte[] seed, int at, ReadOnlySpan<byte> bytes) => [.. seed.AsSpan(0, at), .. bytes, .. seed.AsSpan(at)];

        /// <summary>Replaces the value of the first member named <paramref name="member"/> with an unknown code.</summary>
        private static byte[] ReplaceMemberValue(byte[] seed, Token[] tokens, string member, string code)
        {
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                if (tokens[i].Type == JsonTokenType.PropertyName && tokens[i].Name == member && tokens[i + 1].Type == JsonTokenType.String)
                {
                    return With(seed, tokens[i + 1], Encoding.UTF8.GetBytes($"\"zz-{code}\""));
                }
            }
            return seed;
        }

        /// <summary>Writes a member a second time, straight after itself, when its value is a single token.</summary>
        private static byte[] DuplicateMember(byte[] seed, Token[] tokens, Token name)
        {
            int i = Array.IndexOf(tokens, name);
            Token next = tokens[i + 1];
            if (!next.IsValue || next.Type is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                return seed;
            }
            int end = next.Start + next.Length;
            return Insert(seed, end, [(byte)',', .. seed.AsSpan(name.Start, end - name.Start)]);
        }

        private static Token[] Tokens(byte[] json)
        {
            var tokens = new List<Token>();
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                int start = (int)reader.TokenStartIndex;
                int length = reader.TokenType switch
                {
                    JsonTokenType.StartObject or JsonTokenType.StartArray => ValueLength(json, start),
                    JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
                    _ => reader.ValueSpan.Length,
                };
                string? name = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                tokens.Add(new Token(reader.TokenType, start, length, name));
            }
            return [.. tokens];
        }

        /// <summary>The length of the whole object or array starting at <paramref name="start"/>.</summary>
        private static int ValueLength(byte[] json, int start)
        {
            var reader = new Utf8JsonReader(json.AsSpan(start));
            reader.Read();
            reader.Skip();
            return (int)reader.BytesConsumed;
        }
    }

    private sealed record Token(JsonTokenType Type, int Start, int Length, string? Name)
    {
        public bool IsValue => Type is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.Comment or JsonTokenType.None);
    }
}
