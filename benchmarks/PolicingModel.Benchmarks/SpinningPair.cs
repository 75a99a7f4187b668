using System.Diagnostics;

namespace PolicingModel.Benchmarks;

/// <summary>
/// A control for allocation measurements on two threads: the calling thread and one thread of its own each spin for a
/// fixed time per <see cref="Run"/>, coordinated the same allocation-free way as the library's helpers (semaphores
/// allocated up front). It runs no library code, so any allocation measured around it is the runtime's.
/// </summary>
public sealed class SpinningPair
{
    private readonly long ticks;
    private readonly SemaphoreSlim start = new(0);
    private readonly SemaphoreSlim done = new(0);

    /// <summary>Starts the helper thread.</summary>
    /// <param name="each">How long each thread spins per run.</param>
    public SpinningPair(TimeSpan each)
    {
        ticks = (long)(each.TotalSeconds * Stopwatch.Frequency);
        var helper = new Thread(Serve) { IsBackground = true, Name = "SpinningPair helper" };
        helper.Start();
    }

    /// <summary>Spins on both threads and returns when both have finished.</summary>
    public void Run()
    {
        start.Release();
        Spin();
        done.Wait();
    }

    private void Serve()
    {
        while (true)
        {
            start.Wait();
            Spin();
            done.Release();
        }
    }

    private void Spin()
    {
        long until = Stopwatch.GetTimestamp() + ticks;
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(20);
        }
    }
}
