using PolicingModel.Aggregation;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Failures injected at every position of every accumulator operation — a null arrest, a negative or too large
/// amount, a merge past the bounds — each of which must leave the accumulator exactly as it was and still usable;
/// and concurrent misuse (several threads on one accumulator), which must fail fast with
/// <see cref="InvalidOperationException"/>, never hang or corrupt the counts.
/// </summary>
internal static class AtomicityAttacks
{
    private const ArrestDimension Dimensions = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand;

    internal static void Run(HardeningTally tally)
    {
        Arrest[] arrests = [.. Enumerable.Range(0, 9).Select(i => Examples.Arrest($"a{i}", person: Examples.Person(age: 15 + (7 * i))))];
        ArrestBreakdown seed = ArrestBreakdown.Of(arrests[..3], Dimensions);

        for (int position = 0; position < arrests.Length; position++)
        {
            Arrest[] withNull = [.. arrests];
            withNull[position] = null!;
            decimal[] negative = [.. arrests.Select(_ => 1m)];
            negative[position] = -1m;
            decimal[] tooLarge = [.. arrests.Select(_ => 1m)];
            tooLarge[position] = Money.MaxAmount + 0.01m;
            int at = position;
            Unchanged<ArgumentException>(tally, $"AddRange(span) with a null arrest at {at}", seed, a => a.AddRange(withNull.AsSpan()));
            Unchanged<ArgumentException>(tally, $"AddRange(list) with a null arrest at {at}", seed, a => a.AddRange(withNull.ToList()));
            Unchanged<ArgumentException>(tally, $"AddRange(sequence) with a null arrest at {at}", seed, a => a.AddRange(withNull.Select(x => x)));
            Unchanged<ArgumentException>(tally, $"AddRange with a negative amount at {at}", seed, a => a.AddRange(arrests, negative));
            Unchanged<ArgumentException>(tally, $"AddRange with an amount above Money.MaxAmount at {at}", seed, a => a.AddRange(arrests, tooLarge));
            Unchanged<ArgumentException>(tally, $"AddRange(ArrestSet) with an amount above Money.MaxAmount at {at}", seed, a => a.AddRange(ArrestSet.Create(arrests.AsSpan()), tooLarge));
            Unchanged<ArgumentException>(tally, $"AddRangeParallel with a null arrest at {at}", seed, a => a.AddRangeParallel(withNull, default, 2));
            Unchanged<ArgumentException>(tally, $"AddRangeParallel with an amount above Money.MaxAmount at {at}", seed, a => a.AddRangeParallel(arrests, tooLarge, 2));
        }
        Unchanged<ArgumentException>(tally, "Add with an amount above Money.MaxAmount", seed, a => a.Add(arrests[0], Money.MaxAmount * 2));

        // Merges past the bounds: a breakdown doubled by merging it with itself until the merge refuses.
        ArrestBreakdown big = seed;
        bool refused = false;
        tally.Run("ArrestBreakdown.Merge doubled until it passes MaxArrests", () =>
        {
            for (int i = 0; i < 80 && !refused; i++)
            {
                try
                {
                    big = big.Merge(big);
                }
                catch (OverflowException)
                {
                    refused = true;
                }
            }
            return [];
        });
        if (!refused)
        {
            tally.Wrong("ArrestBreakdown.Merge doubled", "never refused: a sum overflowed silently or the bound is missing");
        }
        Unchanged<OverflowException>(tally, "Merge(breakdown) past MaxArrests", big, a => a.Merge(big));
        Unchanged<OverflowException>(tally, "Merge(accumulator) past MaxArrests", big, a =>
        {
            var other = new ArrestBreakdownAccumulator(Dimensions);
            other.Merge(big);
            a.Merge(other);
        });
        Unchanged<OverflowException>(tally, "MergeAll past MaxArrests", seed, _ => ArrestBreakdown.MergeAll(Dimensions, [big, big, big]));

        Concurrency(tally, arrests);
    }

    // Runs change on an accumulator holding start; it must throw TDocumented and leave the accumulator as it was, usable.
    private static void Unchanged<TDocumented>(HardeningTally tally, string name, ArrestBreakdown start, Action<ArrestBreakdownAccumulator> change)
        where TDocumented : Exception => tally.Run(name, () =>
    {
        var accumulator = new ArrestBreakdownAccumulator(Dimensions);
        accumulator.Merge(start);
        ArrestBreakdown before = accumulator.ToBreakdown();
        try
        {
            change(accumulator);
            tally.Wrong(name, "the bad input was accepted");
        }
        catch (TDocumented)
        {
            // expected
        }
        if (!accumulator.ToBreakdown().Equals(before))
        {
            tally.Wrong(name, "the accumulator was left changed");
        }
        accumulator.Add(Examples.Arrest("after"));
        if (accumulator.ToBreakdown().TotalCount != before.TotalCount + 1)
        {
            tally.Wrong(name, "the accumulator was not usable afterwards");
        }
        return [];
    });

    // Several threads on one accumulator: every call completes or fails fast; the counts are those of the calls that completed.
    private static void Concurrency(HardeningTally tally, Arrest[] arrests)
    {
        Arrest[] many = [.. Enumerable.Range(0, 40_000).Select(i => arrests[i % arrests.Length])];
        for (int round = 0; round < 10; round++)
        {
            tally.Run($"AddRangeParallel from four threads at once, round {round}", () =>
            {
                var accumulator = new ArrestBreakdownAccumulator(Dimensions);
                int completed = 0;
                Task[] calls = [.. Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
                {
                    try
                    {
                        accumulator.AddRangeParallel(many, default, 2);
                        Interlocked.Increment(ref completed);
                    }
                    catch (InvalidOperationException)
                    {
                        // the documented fail-fast
                    }
                }))];
                if (!Task.WaitAll(calls, HardeningTally.HangLimit))
                {
                    throw new TimeoutException("concurrent AddRangeParallel calls hung");
                }
                if (accumulator.ToBreakdown().TotalCount != (long)completed * many.Length)
                {
                    tally.Wrong("concurrent AddRangeParallel", "the counts are not those of the calls that completed");
                }
                return [];
            });
            tally.Run($"Add, Merge and ToBreakdown from three threads at once, round {round}", () =>
            {
                var accumulator = new ArrestBreakdownAccumulator(Dimensions);
                ArrestBreakdown part = ArrestBreakdown.Of(arrests, Dimensions);
                long added = 0;
                Task[] calls =
                [
                    Task.Run(() => Repeat(() => { accumulator.Add(arrests[0]); Interlocked.Increment(ref added); })),
                    Task.Run(() => Repeat(() => { accumulator.Merge(part); Interlocked.Add(ref added, part.TotalCount); })),
                    Task.Run(() => Repeat(() => accumulator.ToBreakdown())),
                ];
                if (!Task.WaitAll(calls, HardeningTally.HangLimit))
                {
                    throw new TimeoutException("concurrent calls hung");
                }
                if (accumulator.ToBreakdown().TotalCount != Interlocked.Read(ref added))
                {
                    tally.Wrong("concurrent Add and Merge", "the counts are not those of the calls that completed");
                }
                return [];
            });
        }
    }

    private static void Repeat(Action call)
    {
        for (int i = 0; i < 2_000; i++)
        {
            try
            {
                call();
            }
            catch (InvalidOperationException)
            {
                // the documented fail-fast
            }
        }
    }
}
