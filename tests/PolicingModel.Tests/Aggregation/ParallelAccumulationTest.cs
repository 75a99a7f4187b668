using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Aggregation;

/// <summary>The parallel adds of <see cref="ArrestBreakdownAccumulator"/>: many runs, failures, cancellation, changes of degree and misuse from several threads.</summary>
public sealed class ParallelAccumulationTest
{
    // Enough for a dozen chunks or more, so that helpers and the calling thread interleave.
    private static readonly Arrest[] Arrests = Enumerable.Range(0, 30_000)
        .Select(i => ArrestBreakdownTest.MakeArrest(
            "a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Offences.All[i % Offences.All.Length],
            10 + (i % 70),
            (Sex)(i % 3),
            (SelfDefinedEthnicity)(i % 19),
            i % 4 == 0 ? null : Place.InBorough((LondonBorough)(1 + (i % 33)))))
        .ToArray();

    [Fact]
    public void Many_runs_on_the_same_helpers_each_equal_the_sequential_result()
    {
        decimal[] cash = Enumerable.Range(0, Arrests.Length).Select(i => i % 5 == 0 ? i / 100m : 0m).ToArray();
        var sequential = new ArrestBreakdownAccumulator(ArrestDimension.OffenceGroup | ArrestDimension.HomeArea);
        sequential.AddRange(Arrests, cash);
        ArrestBreakdown expected = sequential.ToBreakdown();
        var parallel = new ArrestBreakdownAccumulator(ArrestDimension.OffenceGroup | ArrestDimension.HomeArea);
        for (int run = 0; run < 60; run++)
        {
            parallel.Reset();
            parallel.AddRangeParallel(Arrests, cash, degreeOfParallelism: 2 + (run / 30));
            parallel.ToBreakdown().Should().Be(expected);
        }
    }

    [Fact]
    public void A_failed_run_leaves_the_helpers_ready_for_the_next()
    {
        Arrest[] withNull = [.. Arrests];
        withNull[withNull.Length - 7] = null!;
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        for (int run = 0; run < 20; run++)
        {
            Action act = () => accumulator.AddRangeParallel(withNull, ReadOnlyMemory<decimal>.Empty, 2);
            act.Should().Throw<ArgumentNullException>().WithMessage($"arrests[{withNull.Length - 7}] is null.*");
            accumulator.ToBreakdown().TotalCount.Should().Be(0);
        }
        accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2);
        accumulator.ToBreakdown().TotalCount.Should().Be(Arrests.Length);
    }

    [Fact]
    public void When_several_participants_fail_none_of_their_failures_reaches_the_next_run()
    {
        // A null every 1,000 arrests: every participant's chunks hit one, so several fail in the same run.
        Arrest[] riddled = [.. Arrests];
        for (int i = 500; i < riddled.Length; i += 1_000)
        {
            riddled[i] = null!;
        }
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        for (int run = 0; run < 30; run++)
        {
            Action bad = () => accumulator.AddRangeParallel(riddled, ReadOnlyMemory<decimal>.Empty, 3);
            bad.Should().Throw<ArgumentNullException>();
            accumulator.Reset();
            accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 3);
            accumulator.ToBreakdown().TotalCount.Should().Be(Arrests.Length, "run {0} had valid input", run);
            accumulator.Reset();
        }
    }

    [Fact]
    public void A_degree_too_large_to_allocate_fails_cleanly_and_the_accumulator_stays_usable()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2);
        Action act = () => accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, int.MaxValue);
        act.Should().Throw<OutOfMemoryException>();
        accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2);
        accumulator.ToBreakdown().TotalCount.Should().Be(2L * Arrests.Length);
    }

    [Fact]
    public void A_failed_run_leaves_an_accumulator_that_already_held_arrests_unchanged()
    {
        Arrest[] withNull = [.. Arrests];
        withNull[withNull.Length / 2] = null!;
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex | ArrestDimension.HomeArea);
        accumulator.AddRange(Arrests.AsSpan(0, 100), Enumerable.Repeat(2.50m, 100).ToArray());
        ArrestBreakdown before = accumulator.ToBreakdown();
        Action act = () => accumulator.AddRangeParallel(withNull, ReadOnlyMemory<decimal>.Empty, 2);
        act.Should().Throw<ArgumentNullException>();
        accumulator.ToBreakdown().Should().Be(before);
        accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2);
        accumulator.ToBreakdown().TotalCount.Should().Be(100 + Arrests.Length);
        accumulator.ToBreakdown().TotalCashGbp.Should().Be(250.00m);
    }

    [Fact]
    public void A_negative_amount_fails_the_run_and_names_its_position()
    {
        decimal[] cash = new decimal[Arrests.Length];
        cash[1234] = -1m;
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.AgeBand);
        Action act = () => accumulator.AddRangeParallel(Arrests, cash, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cashGbp").WithMessage("cashGbp[1234] must not be negative.*");
        accumulator.ToBreakdown().TotalCount.Should().Be(0);
    }

    [Fact]
    public void The_input_is_not_kept_alive_after_a_run()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Force);
        WeakReference input = RunOnATemporaryCopy(accumulator);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        input.IsAlive.Should().BeFalse();
        accumulator.ToBreakdown().TotalCount.Should().Be(Arrests.Length);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference RunOnATemporaryCopy(ArrestBreakdownAccumulator accumulator)
    {
        Arrest[] copy = [.. Arrests];
        accumulator.AddRangeParallel(copy, ReadOnlyMemory<decimal>.Empty, 2);
        return new WeakReference(copy);
    }

    [Fact]
    public void A_cancelled_run_stops_and_adds_nothing()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        accumulator.AddRange(Arrests.AsSpan(0, 10));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Action act = () => accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2, cancelled.Token);
        act.Should().Throw<OperationCanceledException>();
        accumulator.ToBreakdown().TotalCount.Should().Be(10);
    }

    [Fact]
    public void A_call_from_a_second_thread_while_one_runs_fails_fast_instead_of_hanging_or_corrupting()
    {
        // Misuse: the accumulator is documented as not thread-safe. Every call must either complete or be refused at
        // once; the counts of the completed calls must all be there.
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        int completed = 0;
        int refused = 0;
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            try
            {
                accumulator.AddRangeParallel(Arrests, ReadOnlyMemory<decimal>.Empty, 2);
                Interlocked.Increment(ref completed);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("not thread-safe", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref refused);
            }
        });
        (completed + refused).Should().Be(40);
        accumulator.ToBreakdown().TotalCount.Should().Be((long)completed * Arrests.Length);
    }

    [Fact]
    public void Accumulators_own_no_threads()
    {
        int before = System.Diagnostics.Process.GetCurrentProcess().Threads.Count;
        var accumulators = Enumerable.Range(0, 50).Select(_ => new ArrestBreakdownAccumulator(ArrestDimension.Sex)).ToList();
        foreach (ArrestBreakdownAccumulator accumulator in accumulators)
        {
            accumulator.AddRangeParallel(Arrests.AsMemory(0, 2_000), ReadOnlyMemory<decimal>.Empty, 4);
        }
        // The thread pool may add a few threads of its own; 50 accumulators at degree 4 must not add 150.
        System.Diagnostics.Process.GetCurrentProcess().Threads.Count.Should().BeLessThan(before + 20);
        GC.KeepAlive(accumulators);
    }
}
