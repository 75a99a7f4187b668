using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PolicingModel.Serialization;

namespace PolicingModel.Benchmarks.Json;

/// <summary>
/// Reading the JSON array of 1,000,000 arrests held in memory: the tokenise-only floor (a raw <see cref="Utf8JsonReader"/>
/// pass over the same bytes), the library streaming and whole-array, the generated metadata without the hand-written
/// record converters, reflection-based System.Text.Json with the same converters, and Newtonsoft.Json.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class JsonReadBenchmarks
{
    private byte[] utf8 = [];

    /// <summary>Generates the data (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        utf8 = JsonData.Utf8;
        Console.WriteLine($"// JSON: {utf8.Length:N0} bytes for {JsonData.Count:N0} arrests ({(double)utf8.Length / JsonData.Count:F1} bytes each)");
    }

    /// <summary>The floor: every token read, nothing built.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public long TokeniseOnly()
    {
        var reader = new Utf8JsonReader(utf8);
        long tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    /// <summary>The library's streaming reader over a stream of the bytes: one arrest at a time.</summary>
    /// <returns>The number of arrests.</returns>
    [Benchmark]
    public async Task<long> PolicingJson_ReadArrayAsync()
    {
        long count = 0;
        await foreach (Arrest arrest in PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(utf8, writable: false)))
        {
            count++;
        }
        return count;
    }

    /// <summary>The library, whole array at once.</summary>
    /// <returns>The number of arrests.</returns>
    [Benchmark]
    public int PolicingJson_ReadWholeArray() => PolicingJson.Read<EquatableArray<Arrest>>(utf8).Length;

    /// <summary>Newtonsoft.Json over a UTF-8 text reader of the same bytes, whole array.</summary>
    /// <returns>The number of arrests.</returns>
    [Benchmark]
    public int Newtonsoft_WholeArray()
    {
        using var text = new StreamReader(new MemoryStream(utf8, writable: false), Encoding.UTF8, false, 64 * 1024);
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftContract.Serializer.Deserialize<EquatableArray<Arrest>>(reader).Length;
    }
}
