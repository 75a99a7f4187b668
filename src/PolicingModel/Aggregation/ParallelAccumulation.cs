using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

/// <summary>
/// The reusable machinery behind <see cref="ArrestBreakdownAccumulator"/>'s parallel adds: one worker accumulator per
/// participant (the calling thread is participant 0, helper threads are 1 to degree - 1) and the helper threads
/// themselves, so that a run allocates nothing once the first run has started them.
/// </summary>
/// <remarks>
/// <para>
/// Why threads of its own rather than <see cref="Parallel.For(int, int, Action{int})"/> or the thread pool:
/// <c>Parallel.For</c> allocates its tasks, options and closure on every call, and even work items queued to the pool
/// without allocating leave the pool free to start threads of its own when it sees fit, which allocates (measured: a
/// kilobyte now and then, ten bytes a call on average under BenchmarkDotNet). A helper here is a background thread
/// parked on a semaphore between runs; it costs a parked thread and a small stack while the accumulator lives, and
/// ends once the accumulator has been collected (or its degree of parallelism changes).
/// </para>
/// <para>
/// Participants take chunks (large first, smaller towards the end) from a shared cursor until the input is used up,
/// so a helper that wakes late simply does fewer chunks, and each counts into its own grid, so no cache line is written
/// by two threads except the cursor (padded onto a line of its own). A helper that has not woken by the time the calling
/// thread has finished is withdrawn rather than waited for: the run never waits on the scheduler, and a run on a machine
/// whose other cores are busy degrades to the calling thread doing everything.
/// </para>
/// <para>
/// The helper threads reference only the <see cref="Crew"/>, never this object or the accumulator that owns it; so
/// the accumulator can be collected while they are parked, and this object's finalizer then dismisses them.
/// </para>
/// </remarks>
internal sealed class ParallelAccumulation
{
    private readonly Crew crew;

    internal ParallelAccumulation(ArrestDimension dimensions, int degree)
    {
        crew = new Crew(dimensions, degree);
    }

    /// <summary>Dismisses the helper threads of an accumulator that has been collected.</summary>
    /// <remarks>The crew is null when its constructor threw (out of memory, say): a finalizer must never throw.</remarks>
    ~ParallelAccumulation() => crew?.Dismiss();

    /// <summary>The number of participants, the calling thread included.</summary>
    internal int Degree => crew.Degree;

    /// <summary>The state the helper threads reference (for tests that check they end).</summary>
    internal object SharedState => crew;

    /// <summary>
    /// Adds <paramref name="input"/> to <paramref name="target"/>: each participant counts the chunks it takes into its
    /// own worker, and the workers are then merged into the target. Throws what a chunk threw (after every participant
    /// has stopped), leaving the target unchanged.
    /// </summary>
    /// <remarks>The input is either <paramref name="input"/> or, when it is not empty, an <see cref="ArrestSet"/>'s <paramref name="codes"/>.</remarks>
    internal void Run(ArrestBreakdownAccumulator target, ReadOnlyMemory<Arrest> input, ReadOnlyMemory<ulong> codes, ReadOnlyMemory<decimal> cashGbp) =>
        crew.Run(target, input, codes, cashGbp);

    /// <summary>Dismisses the helper threads now (when the accumulator replaces this object by one of another degree).</summary>
    internal void Dismiss()
    {
        crew.Dismiss();
        GC.SuppressFinalize(this);
    }

    /// <summary>Everything the participants share.</summary>
    private sealed class Crew
    {
        // Guided self-scheduling: each chunk is a share of what is left (1 / (4 x degree) of it), so chunks start large
        // and shrink towards the end, where the last ones are small enough (a few tens of microseconds of work) that no
        // thread waits long for another to finish; and never smaller than this, so that taking one costs nothing next
        // to counting it.
        private const int MinChunk = 2_048;

        private readonly ArrestBreakdownAccumulator[] workers;
        private readonly bool[] participated;
        private readonly Helper[] helpers;
        private Cursor cursor;
        private ReadOnlyMemory<Arrest> arrests;
        private ReadOnlyMemory<ulong> codes;
        private ReadOnlyMemory<decimal> cash;
        private ArrestBreakdownAccumulator? callerWorker;
        private volatile bool failed;

        internal Crew(ArrestDimension dimensions, int degree)
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

        internal int Degree => workers.Length;

        /// <remarks>
        /// When the target is empty (as after <see cref="ArrestBreakdownAccumulator.Reset"/>, the usual case), the
        /// calling thread counts straight into it instead of into a worker, which saves clearing one worker and merging
        /// it; if the run fails, emptying the target again restores it.
        /// </remarks>
        internal void Run(ArrestBreakdownAccumulator target, ReadOnlyMemory<Arrest> input, ReadOnlyMemory<ulong> inputCodes, ReadOnlyMemory<decimal> cashGbp)
        {
            arrests = input;
            codes = inputCodes;
            cash = cashGbp;
            callerWorker = target.IsEmpty ? target : workers[0];
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
                // Take every helper's failure, even when one is already in hand: one left behind would be rethrown by
                // the next run.
                ExceptionDispatchInfo? helperFailure = helper.TakeFailure();
                failure ??= helperFailure;
            }
            // Keep neither the caller's input nor the target alive between runs: the helper threads reference this.
            arrests = default;
            codes = default;
            cash = default;
            bool countedIntoTarget = ReferenceEquals(callerWorker, target);
            callerWorker = null;
            if (failure is not null)
            {
                if (countedIntoTarget)
                {
                    target.Reset();
                }
                failure.Throw();
            }
            for (int i = countedIntoTarget ? 1 : 0; i < workers.Length; i++)
            {
                if (participated[i])
                {
                    target.Merge(workers[i]);
                }
            }
        }

        internal void Dismiss()
        {
            foreach (Helper helper in helpers)
            {
                helper.Dismiss();
            }
        }

        private void Participate(int participant)
        {
            ArrestBreakdownAccumulator worker = participant == 0 ? callerWorker! : workers[participant];
            if (worker == workers[participant])
            {
                // A worker of ours, not the (empty) target: it still holds the last run's counts.
                worker.Reset();
            }
            participated[participant] = true;
            bool byCodes = !codes.IsEmpty;
            int length = byCodes ? codes.Length : arrests.Length;
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
                ReadOnlySpan<decimal> chunkCash = cash.IsEmpty ? default : cash.Span[from..to];
                if (byCodes)
                {
                    worker.AddCodesCore(codes.Span[from..to], chunkCash, from);
                }
                else
                {
                    worker.AddRangeCore(arrests.Span[from..to], chunkCash, from);
                }
            }
        }

        /// <summary>The shared position of the next chunk, alone on its cache line so that counting threads do not contend for it.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 192)]
        private struct Cursor
        {
            [FieldOffset(64)]
            public long Next;
        }

        /// <summary>A helper thread, started by the first run that wants it and parked between runs.</summary>
        /// <remarks>
        /// <c>state</c> says whether the current run still wants this helper (<c>Wanted</c>), has it (<c>Running</c>),
        /// or not or no longer (<c>Idle</c>). Every run releases the semaphore once, but only a wake-up that moves
        /// <c>Wanted</c> to <c>Running</c> takes part: a wake-up left over from a run that withdrew the helper either
        /// joins a later run or goes back to sleep.
        /// </remarks>
        private sealed class Helper
        {
            private const int Idle = 0;
            private const int Wanted = 1;
            private const int Running = 2;

            // Counting needs a few hundred bytes of stack; the default would reserve megabytes per helper.
            private const int StackSize = 256 * 1024;

            private readonly Crew crew;
            private readonly int participant;
            private readonly SemaphoreSlim wake = new(initialCount: 0);
            // Released once by each run the helper takes part in, when its part is done. Semaphores rather than
            // ManualResetEventSlim because they allocate everything they need up front; the latter allocates a lock
            // object the first time a wait blocks (measured: 88 bytes in the middle of a benchmark).
            private readonly SemaphoreSlim done = new(initialCount: 0);
            private Thread? thread;
            private ExceptionDispatchInfo? failure;
            private int state;
            private volatile bool dismissed;

            internal Helper(Crew crew, int participant)
            {
                this.crew = crew;
                this.participant = participant;
            }

            /// <summary>Asks for this helper in the run about to start, starting its thread the first time.</summary>
            internal void Start()
            {
                Volatile.Write(ref state, Wanted);
                if (thread is null)
                {
                    thread = new Thread(Serve, StackSize) { IsBackground = true, Name = "PolicingModel breakdown helper" };
                    thread.UnsafeStart();
                }
                wake.Release();
            }

            /// <summary>Waits for this helper to finish its part, or withdraws it if it has not woken yet.</summary>
            internal void WaitOrWithdraw()
            {
                if (Interlocked.CompareExchange(ref state, Idle, Wanted) != Wanted)
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

            /// <summary>Ends the thread once it is parked (it may be called from the finalizer thread).</summary>
            internal void Dismiss()
            {
                dismissed = true;
                if (thread is not null)
                {
                    wake.Release();
                }
            }

            private void Serve()
            {
                while (true)
                {
                    wake.Wait();
                    if (dismissed)
                    {
                        return;
                    }
                    if (Interlocked.CompareExchange(ref state, Running, Wanted) != Wanted)
                    {
                        // A wake-up for a run that ended without this helper, and no run wants it now.
                        continue;
                    }
                    try
                    {
                        crew.Participate(participant);
                    }
                    catch (Exception e)
                    {
                        crew.failed = true;
                        failure = ExceptionDispatchInfo.Capture(e);
                    }
                    finally
                    {
                        Volatile.Write(ref state, Idle);
                        done.Release();
                    }
                }
            }
        }
    }
}
