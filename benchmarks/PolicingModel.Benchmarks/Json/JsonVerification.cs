using System.Text;
using System.Text.Json;
using PolicingModel.Serialization;

namespace PolicingModel.Benchmarks.Json;

/// <summary><c>--verify-json</c>: every reader and writer of the JSON benchmarks handles the same JSON and the same arrests.</summary>
public static class JsonVerification
{
    /// <summary>Checks, and throws on the first disagreement.</summary>
    /// <param name="count">How many arrests to check.</param>
    public static void Run(int count = 20_000)
    {
        EquatableArray<Arrest> arrests = [.. JsonData.Arrests.AsSpan()[..count]];
        byte[] library = JsonSerializer.SerializeToUtf8Bytes(arrests, PolicingJson.TypeInfo<EquatableArray<Arrest>>());
        var newtonsoft = new StringWriter();
        NewtonsoftContract.Serializer.Serialize(newtonsoft, arrests);
        Same("Newtonsoft write", library, Encoding.UTF8.GetBytes(newtonsoft.ToString()));
        using var stream = new MemoryStream();
        PolicingJson.WriteArrayAsync(stream, ToAsync(arrests)).GetAwaiter().GetResult();
        Same("streaming write", library, stream.ToArray());

        Equal("whole-array read", arrests, PolicingJson.Read<EquatableArray<Arrest>>(library));
        Equal("streaming read", arrests, [.. PolicingJson.ReadArrayAsync<Arrest>(new MemoryStream(library)).ToBlockingEnumerable()]);
        using var text = new Newtonsoft.Json.JsonTextReader(new StringReader(Encoding.UTF8.GetString(library)));
        Equal("Newtonsoft read", arrests, NewtonsoftContract.Serializer.Deserialize<EquatableArray<Arrest>>(text));
        Console.WriteLine($"JSON verified: {count:N0} arrests, {library.Length:N0} bytes, every reader and writer agrees.");
    }

    private static void Same(string what, byte[] expected, byte[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            int at = expected.AsSpan().CommonPrefixLength(actual);
            throw new InvalidOperationException($"{what} differs at byte {at}: '{Encoding.UTF8.GetString(expected.AsSpan(Math.Max(0, at - 80), Math.Min(160, expected.Length - Math.Max(0, at - 80))))}' vs '{Encoding.UTF8.GetString(actual.AsSpan(Math.Max(0, at - 80), Math.Min(160, actual.Length - Math.Max(0, at - 80))))}'");
        }
    }

    private static void Equal(string what, EquatableArray<Arrest> expected, EquatableArray<Arrest> actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{what} read different arrests.");
        }
    }

    private static async IAsyncEnumerable<Arrest> ToAsync(EquatableArray<Arrest> items)
    {
        foreach (Arrest arrest in items)
        {
            yield return arrest;
        }
        await Task.CompletedTask;
    }
}
