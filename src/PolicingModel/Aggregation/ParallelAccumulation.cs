using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

/// <summary>
/// The reusable machinery behind <see cref="ArrestBreakdownAccumulator.AddRangeParallel"/>: one worker accumulator per
/// participant (the calling thread is participant 0, thread-pool helpers are 1 to degree - 1), and pre-built
/// thread-pool work items, so that a run allocates nothing once the first run has built them.
/// </summary>
/// <remarks>
/// <para>
/// Why not <see cref="Parallel.For(int, int, Action{int})"/>: it allocates its tasks, options and closure on every
/// call (a few kilobytes), and it may run both halves on the calling thread. Here each helper is an
/// <see cref="IThreadPoolWorkItem"/> queued without an execution context (no allocation), and participants take chunks
/// (large first, smaller towards the end) from a shared cursor until the input is used up: a helper that starts late
/// does fewer chunks instead of holding the run up, and each participant counts into its own grid, so no cache line is
/// written by two threads except the cursor (padded onto a line of its own).
/// </para>
/// <para>
/// A helper still in the pool's queue when the run ends is withdrawn rather than waited for (the calling thread has
/// done its chunks by then): when it eventually runs it does nothing, unless a later run wants it by then, in which case
/// it takes part in that one. So the calling thread never waits for a helper that has not started, and a run never
/// deadlocks on a busy pool.
/// </para>
/// </remarks>
internal sealed class ParallelAccumulation
{
    // Guided self-scheduling: each chunk is a share of what is left (1 / (4 x degree) of it), so chunks start large and
    // shrink towards the end, where the last ones are small enough (a few tens of microseconds of work) that no thread
    // waits long for another to finish; and never smaller than this, so that taking one costs nothing next to counting it.
    private const int MinChunk = 2_048;

    private readonly ArrestBreakdownAccumulator[] workers;
    private readonly bool[] participated;
    private readonly Helper[] helpers;
    private Cursor cursor;
    private ReadOnlyMemory<Arrest> arrests;
    private ReadOnlyMemory<decimal> cash;
    private volatile bool failed;

    internal ParallelAccumulation(ArrestDimension dimensions, int degree)
    {
        workers = new ArrestBreakdownAccumulator[degree];
        participated = new bool[degree];
        helpers = new Helper[degree - 1];
        for (int i = 0; i < degree; i++)
        {
            workers[i] = new ArrestBreakdownAccumulator(dimensions);
        }
        for (int i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Helper(this, i + 1);
        }
    }

    /// <summary>The number of participants, the calling thread included.</summary>
    internal int Degree => workers.Length;

    /// <summary>
    /// Counts <paramref name="input"/> into the workers of the participants that took part. Throws what a chunk threw
    /// (after every participant has stopped), in which case the workers hold partial counts and must not be merged.
    /// </summary>
    internal void Run(ReadOnlyMemory<Arrest> input, ReadOnlyMemory<decimal> cashGbp)
    {
        arrests = input;
        cash = cashGbp;
        cursor.Next = 0;
        failed = false;
        Array.Clear(participated);
        foreach (Helper helper in helpers)
        {
            helper.Start();
        }
        ExceptionDispatchInfo? failure = null;
        try
        {
            Participate(0);
        }
        catch (Exception e)
        {
            failed = true;
            failure = ExceptionDispatchInfo.Capture(e);
        }
        foreach (Helper helper in helpers)
        {
            helper.WaitOrWithdraw();
            failure ??= helper.TakeFailure();
        }
        // Do not keep the caller's input alive between runs.
        arrests = default;
        cash = default;
        failure?.Throw();
    }

    /// <summary>Merges the workers of the participants that took part in the last run into <paramref name="target"/>.</summary>
    internal void MergeInto(ArrestBreakdownAccumulator target)
    {
        for (int i = 0; i < workers.Length; i++)
        {
            if (participated[i])
            {
                target.Merge(workers[i]);
            }
        }
    }

    private void Participate(int participant)
    {
        ArrestBreakdownAccumulator worker = workers[participant];
        worker.Reset();
        participated[participant] = true;
        int length = arrests.Length;
        long share = 4L * Degree;
        while (!failed)
        {
            long start = Volatile.Read(ref cursor.Next);
            if (start >= length)
            {
                return;
            }
            long end = Math.Min(length, start + Math.Max(MinChunk, (length - start) / share));
            if (Interlocked.CompareExchange(ref cursor.Next, end, start) != start)
            {
                continue;
            }
            int from = (int)start;
            int to = (int)end;
            worker.AddRangeCore(arrests.Span[from..to], cash.IsEmpty ? default : cash.Span[from..to], from);
        }
    }

    /// <summary>The shared position of the next chunk, alone on its cache line so that counting threads do not contend for it.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 192)]
    private struct Cursor
    {
        [FieldOffset(64)]
        public long Next;
    }

    /// <summary>A thread-pool participant, reused across runs.</summary>
    /// <remarks>
    /// <c>state</c> says whether the current run still wants this helper (<c>Queued</c>), has it (<c>Running</c>), or
    /// not or no longer (<c>Idle</c>); <c>inQueue</c> says whether the pool holds an entry for it that has not started.
    /// Only the entry that moves <c>Queued</c> to <c>Running</c> takes part in a run, so an entry left over from a run
    /// that ended without it either joins a later run or does nothing, and a helper is never queued twice at once.
    /// </remarks>
    private sealed class Helper : IThreadPoolWorkItem
    {
        private const int Idle = 0;
        private const int Queued = 1;
        private const int Running = 2;

        private readonly ParallelAccumulation owner;
        private readonly int participant;
        private readonly ManualResetEventSlim done = new(initialState: false);
        private ExceptionDispatchInfo? failure;
        private int state;
        private int inQueue;

        internal Helper(ParallelAccumulation owner, int participant)
        {
            this.owner = owner;
            this.participant = participant;
        }

        /// <summary>Asks for this helper in the run about to start, queuing it unless an entry is already waiting.</summary>
        internal void Start()
        {
            done.Reset();
            Volatile.Write(ref state, Queued);
            if (Interlocked.Exchange(ref inQueue, 1) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            }
        }

        /// <summary>Waits for this helper to finish its part, or withdraws it if it has not started.</summary>
        internal void WaitOrWithdraw()
        {
            if (Interlocked.CompareExchange(ref state, Idle, Queued) != Queued)
            {
                done.Wait();
            }
        }

        /// <summary>What the helper threw in the last run, if anything; cleared by taking it.</summary>
        internal ExceptionDispatchInfo? TakeFailure()
        {
            ExceptionDispatchInfo? taken = failure;
            failure = null;
            return taken;
        }

        /// <inheritdoc/>
        public void Execute()
        {
            Interlocked.Exchange(ref inQueue, 0);
            if (Interlocked.CompareExchange(ref state, Running, Queued) != Queued)
            {
                // The run this entry was queued for ended without it, and no run wants it now.
                return;
            }
            try
            {
                owner.Participate(participant);
            }
            catch (Exception e)
            {
                owner.failed = true;
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Volatile.Write(ref state, Idle);
                done.Set();
            }
        }
    }
}
