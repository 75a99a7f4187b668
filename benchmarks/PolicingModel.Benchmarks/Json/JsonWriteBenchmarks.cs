using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PolicingModel.Serialization;

namespace PolicingModel.Benchmarks.Json;

/// <summary>
/// Writing 1,000,000 arrests as one JSON array to a stream that keeps nothing: the library streaming from an async
/// sequence and whole-array, the generated metadata without the hand-written record converters, reflection-based
/// System.Text.Json with the same converters, and Newtonsoft.Json.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class JsonWriteBenchmarks
{
    private EquatableArray<Arrest> arrests;

    /// <summary>Generates the data (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        arrests = JsonData.Arrests;
        var counting = new CountingStream();
        JsonSerializer.Serialize(counting, arrests, PolicingJson.TypeInfo<EquatableArray<Arrest>>());
        Console.WriteLine($"// JSON: {counting.Count:N0} bytes for {arrests.Length:N0} arrests");
    }

    /// <summary>The library's streaming writer, fed by an async sequence.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public async Task<long> PolicingJson_WriteArrayAsync()
    {
        var stream = new CountingStream();
        await PolicingJson.WriteArrayAsync(stream, Sequence(arrests));
        return stream.Count;
    }

    /// <summary>The library's contract, whole array to a stream.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long PolicingJson_WriteWholeArray()
    {
        var stream = new CountingStream();
        JsonSerializer.Serialize(stream, arrests, PolicingJson.TypeInfo<EquatableArray<Arrest>>());
        return stream.Count;
    }

    /// <summary>Newtonsoft.Json through a UTF-8 stream writer, whole array.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long Newtonsoft_WriteWholeArray()
    {
        var stream = new CountingStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        using (var writer = new Newtonsoft.Json.JsonTextWriter(text))
        {
            NewtonsoftContract.Serializer.Serialize(writer, arrests);
        }
        return stream.Count;
    }

    private static async IAsyncEnumerable<Arrest> Sequence(EquatableArray<Arrest> items)
    {
        foreach (Arrest arrest in items)
        {
            yield return arrest;
        }
        await Task.CompletedTask;
    }
}
