using System.Diagnostics;
using System.Globalization;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Reading a stream is linear in its length whatever the sizes of its reads: one growing element (an operation with
/// more and more arrests) read through a stream that returns 1 byte or 1,460 bytes (one TCP segment) a read. What is
/// asserted is a ratio per doubling of the element, never a time: the bytes the read allocates (the least of three reads; every attempt to
/// parse an element builds records, so re-parsing the element after every read — the quadratic failure — makes them
/// grow fourfold per doubling, where linear reading doubles them), and, loosely, the time to stream the element over
/// the time to read the same bytes from one buffer (the fastest of five runs after a warm-up, in a class that runs
/// alone, so that a busy machine slows a run without failing it).
/// </summary>
[Trait("Category", "Hardening")]
[Collection(nameof(StreamingLinearityTest))]
public sealed class StreamingLinearityTest
{
    [Theory]
    [InlineData(1460, 1024)]
    [InlineData(1, 128)]
    public void A_growing_element_read_in_small_pieces_takes_time_linear_in_its_size(int readSize, int startArrests)
    {
        int[] sizes = [startArrests, startArrests * 2, startArrests * 4, startArrests * 8];
        byte[][] elements = [.. sizes.Select(Array)];
        _ = Fastest(() => Stream(elements[0], readSize)); // warm-up: the first read compiles the readers
        long[] allocated = [.. elements.Select(json => Allocated(() => Stream(json, readSize)))];
        // The time ratio is measured up to three times and the best taken: a busy machine only makes a run look worse,
        // while quadratic reading fails every run.
        double[] streamed = [], whole = [], overhead = [];
        for (int attempt = 0; attempt < 3 && (overhead.Length == 0 || overhead[^1] / overhead[0] >= 8); attempt++)
        {
            streamed = [.. elements.Select(json => Fastest(() => Stream(json, readSize)))];
            whole = [.. elements.Select(json => Fastest(() => PolicingJson.Read<Operation>(json.AsSpan(1, json.Length - 2)).Arrests.Length > 0 ? 1 : 0))];
            overhead = [.. streamed.Zip(whole, (s, w) => s / w)];
        }
        double[] allocationRatios = [.. Enumerable.Range(1, sizes.Length - 1).Select(i => (double)allocated[i] / allocated[i - 1])];
        string report = string.Create(CultureInfo.InvariantCulture, $"reads of {readSize} B: ")
            + string.Join(", ", Enumerable.Range(0, sizes.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"{sizes[i]} arrests {allocated[i] / 1024} KiB allocated, streamed {streamed[i] * 1000:F1} ms, whole {whole[i] * 1000:F1} ms")))
            + "; allocation ratio per doubling " + string.Join(", ", allocationRatios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))
            + string.Create(CultureInfo.InvariantCulture, $"; streaming overhead {overhead[0]:F1}x to {overhead[^1]:F1}x");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        // Over three doublings linear reading allocates about 8 times as much and quadratic reading 64 times; the bound
        // is on the whole span, because one doubling can land on a buffer the shared pool happens to hold or not.
        ((double)allocated[^1] / allocated[0]).Should().BeLessThan(16, $"eight times the element must allocate about eight times as much when read (quadratic reading allocates 64 times): {report}");
        (overhead[^1] / overhead[0]).Should().BeLessThan(8, $"the time to stream an element must stay within a constant of reading it whole (quadratic reading grows it 8-fold over three doublings, and more): {report}");
    }

    // The least of three reads after a first one, so that buffers rented from the shared pool (which a read on another
    // thread may miss) are not counted.
    private static long Allocated(Func<int> read)
    {
        read().Should().Be(1);
        long least = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            read().Should().Be(1);
            least = Math.Min(least, GC.GetTotalAllocatedBytes(precise: true) - before);
        }
        return least;
    }

    // A JSON array holding one operation with n arrests.
    private static byte[] Array(int arrests)
    {
        Operation operation = Examples.Operation(arrests: [.. Enumerable.Range(0, arrests).Select(i => Examples.Arrest($"a{i}"))]);
        return [(byte)'[', .. PolicingJson.Write(operation), (byte)']'];
    }

    private static int Stream(byte[] json, int readSize) =>
        StreamingAttacks.Drain(PolicingJson.ReadArrayAsync<Operation>(new StreamingAttacks.Trickle(json, readSize))).Count;

    private static double Fastest(Func<int> read)
    {
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            int count = read();
            watch.Stop();
            count.Should().Be(1);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}

/// <summary>The timing tests run alone, not beside the rest of the suite.</summary>
[CollectionDefinition(nameof(StreamingLinearityTest), DisableParallelization = true)]
public sealed class StreamingLinearityCollection;
