using System.Diagnostics;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Reading a stream is linear in its length whatever the sizes of its reads: one growing element (an operation with
/// more and more arrests) read through a stream that returns 1 byte or 1,460 bytes (one TCP segment) a read. The
/// time per doubling of the element is asserted, not the time itself: linear reading doubles it, re-parsing the
/// element after every read (the quadratic failure) quadruples it. Each size is timed five times and the fastest
/// kept (after a warm-up), and the class runs alone, so that a busy machine slows a run without failing it.
/// </summary>
[Trait("Category", "Hardening")]
[Collection(nameof(StreamingLinearityTest))]
public sealed class StreamingLinearityTest
{
    [Theory]
    [InlineData(1460, 512)]
    [InlineData(1, 128)]
    public void A_growing_element_read_in_small_pieces_takes_time_linear_in_its_size(int readSize, int startArrests)
    {
        int[] sizes = [startArrests, startArrests * 2, startArrests * 4, startArrests * 8];
        _ = Fastest(Array(startArrests), readSize); // warm-up: the first read compiles the readers
        double[] seconds = [.. sizes.Select(n => Fastest(Array(n), readSize))];
        double[] ratios = [.. Enumerable.Range(1, sizes.Length - 1).Select(i => seconds[i] / seconds[i - 1])];
        string report = $"reads of {readSize} B: " + string.Join(", ", sizes.Zip(seconds, (n, s) => $"{n} arrests {s * 1000:F1} ms")) + "; ratios per doubling " + string.Join(", ", ratios.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        ratios.Max().Should().BeLessThan(3.0, $"a doubling of the element must not much more than double the time (quadratic reading gives 4): {report}");
        (seconds[^1] / seconds[0]).Should().BeLessThan(14, report);
    }

    // A JSON array holding one operation with n arrests.
    private static byte[] Array(int arrests)
    {
        Operation operation = Examples.Operation(arrests: [.. Enumerable.Range(0, arrests).Select(i => Examples.Arrest($"a{i}"))]);
        return [(byte)'[', .. PolicingJson.Write(operation), (byte)']'];
    }

    private static double Fastest(byte[] json, int readSize)
    {
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            var stream = new StreamingAttacks.Trickle(json, readSize);
            var watch = Stopwatch.StartNew();
            List<Operation> read = StreamingAttacks.Drain(PolicingJson.ReadArrayAsync<Operation>(stream));
            watch.Stop();
            read.Should().ContainSingle();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}

/// <summary>The timing tests run alone, not beside the rest of the suite.</summary>
[CollectionDefinition(nameof(StreamingLinearityTest), DisableParallelization = true)]
public sealed class StreamingLinearityCollection;
