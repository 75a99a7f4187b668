using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Streaming stays in constant memory: a generated stream of arrests (about 680 bytes of JSON each, so 680 MB for a
/// million, never held anywhere) is read through the async enumerable while the live managed heap is sampled after
/// forced full collections. The default run reads 1,000,000 arrests; set POLICING_STREAM_ARRESTS to change the count.
/// </summary>
/// <remarks>
/// The heap is process-wide, so these tests run in a collection of their own, after and apart from every other test.
/// </remarks>
[Collection(nameof(HeapMeasurement))]
public sealed class StreamingMemoryTest
{
    private const long Budget = 16L * 1024 * 1024;

    private static long Count => long.TryParse(Environment.GetEnvironmentVariable("POLICING_STREAM_ARRESTS"), out long n) ? n : 1_000_000;

    /// <summary>A typical arrest: one offence, charged, located by borough, taken into custody.</summary>
    internal static Arrest Typical(int i) => new(
        new ArrestId($"a{i}"),
        Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromMinutes(i)),
        new ArrestedPerson(Age.Exactly(18 + (i % 40)), Sex.Male, Place.InBorough(LondonBorough.Lambeth), SelfDefinedEthnicity.WhiteBritish, OfficerDefinedEthnicity.WhiteNorthEuropean),
        [new SuspectedOffence(PolicingModel.Reference.Offences.PossessionWithIntentToSupply, InchoateForm.None, DrugClass.A, PolicingModel.Reference.Substances.Cocaine)],
        PoliceForce.Metropolitan,
        new Charged(chargedAt: Instant.FromUtc(2024, 1, 2, 0, 0)),
        Place.InLondon("Brixton", LondonBorough.Lambeth),
        custody: new CustodyDetails(Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromMinutes(i + 30)), "Brixton"));

    [Fact]
    public async Task Reading_a_million_arrests_as_an_array_adds_at_most_16_MiB_to_the_live_heap()
    {
        byte[] record = PolicingJson.Write(Typical(1));
        var stream = new GeneratedJsonStream(record, Count);
        long added = await PeakAddedWhileReading(stream, s => PolicingJson.ReadArrayAsync<Arrest>(s, cancellationToken: TestContext.Current.CancellationToken), Count);
        stream.BytesProduced.Should().BeGreaterThan(Count * record.Length);
        added.Should().BeLessThanOrEqualTo(Budget, $"streaming {Count:N0} arrests ({stream.BytesProduced / 1e6:F0} MB) must not hold them");
    }

    [Fact]
    public async Task Reading_json_lines_adds_at_most_16_MiB_to_the_live_heap()
    {
        long count = Math.Max(1, Count / 5);
        byte[] record = PolicingJson.Write(Typical(1));
        var stream = new GeneratedJsonStream(record, count, jsonLines: true);
        long added = await PeakAddedWhileReading(stream, s => PolicingJson.ReadJsonLinesAsync<Arrest>(s, cancellationToken: TestContext.Current.CancellationToken), count);
        added.Should().BeLessThanOrEqualTo(Budget, $"streaming {count:N0} lines ({stream.BytesProduced / 1e6:F0} MB) must not hold them");
    }

    /// <summary>The most the live heap (after a full collection) grew above its starting size, sampled every 25,000 records and at the end.</summary>
    private static async Task<long> PeakAddedWhileReading(Stream stream, Func<Stream, IAsyncEnumerable<Arrest>> read, long expected)
    {
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long count = 0;
        await foreach (Arrest arrest in read(stream))
        {
            count++;
            if (count % 25_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        count.Should().Be(expected);
        TestContext.Current.TestOutputHelper?.WriteLine($"{count:N0} records: live heap grew by at most {peak / 1024.0 / 1024.0:F2} MiB");
        return peak;
    }

    [Fact]
    public async Task Writing_arrests_as_an_array_allocates_at_most_64_bytes_each()
    {
        const int n = 20_000;
        Arrest[] samples = [.. Enumerable.Range(0, 100).Select(Typical)];
        await PolicingJson.WriteArrayAsync(Stream.Null, Source(samples, 1_000), TestContext.Current.CancellationToken); // warm up
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await PolicingJson.WriteArrayAsync(Stream.Null, Source(samples, n), TestContext.Current.CancellationToken);
        long perArrest = (GC.GetTotalAllocatedBytes(precise: true) - before) / n;
        TestContext.Current.TestOutputHelper?.WriteLine($"{perArrest} bytes allocated per arrest written");
        perArrest.Should().BeLessThanOrEqualTo(64);
    }

    private static async IAsyncEnumerable<Arrest> Source(Arrest[] samples, int n)
    {
        for (int i = 0; i < n; i++)
        {
            yield return samples[i % samples.Length];
        }
        await Task.CompletedTask;
    }
}

/// <summary>Tests that measure the process-wide managed heap: never run in parallel with anything else.</summary>
[CollectionDefinition(nameof(HeapMeasurement), DisableParallelization = true)]
public sealed class HeapMeasurement;
