using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Benchmarks;

/// <summary>
/// The breakdown of 1,000,000 arrests by offence group × age band × self-defined ethnicity group × home area, with the
/// cash seized summed per cell: idiomatic LINQ (the baseline), a struct-keyed dictionary, and the library's accumulator
/// on one thread and on two, over the array of arrests and over the same arrests in an <see cref="ArrestSet"/>.
/// </summary>
/// <remarks>
/// Each method runs in a process of its own (BenchmarkDotNet's default) with its own copy of the arrests. On the 2-core
/// VM these results come from, random access to a 400 MB heap ran at very different speeds from one run to the next
/// (the one-thread accumulator over the array measured 10.7 to 16.3 ms on the same day), so compare ratios from one run
/// and expect them to move between runs. Running in process instead would share one copy, but BenchmarkDotNet's own
/// allocations then show up in every row.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 9)]
public class ArrestBreakdownBenchmarks
{
    private const int Count = 1_000_000;
    private const ArrestDimension Dimensions = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup | ArrestDimension.HomeArea;

    private static readonly (Arrest[] Arrests, decimal[] CashGbp) Data = ArrestData.Generate(Count, seed: 20261123);
    private static readonly (Arrest Arrest, decimal Cash)[] Records = Data.Arrests.Zip(Data.CashGbp).ToArray();

    // The same arrest objects, held in the library's columnar set (built once, as a dashboard would).
    private static readonly ArrestSet Set = ArrestSet.Create(Data.Arrests);

    private readonly ArrestBreakdownAccumulator oneThread = new(Dimensions);
    private readonly ArrestBreakdownAccumulator twoThreads = new(Dimensions);
    private readonly ArrestBreakdownAccumulator setOneThread = new(Dimensions);
    private readonly ArrestBreakdownAccumulator setTwoThreads = new(Dimensions);

    /// <summary>LINQ GroupBy with an anonymous key, one thread.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark(Baseline = true)]
    public int LinqGroupBy() =>
        Records
            .GroupBy(r => new
            {
                r.Arrest.PrincipalOffence.Group,
                Band = AgeBands.Of(r.Arrest.Person.Age),
                Ethnicity = EthnicityGroups.Of(r.Arrest.Person.SelfDefinedEthnicity),
                Borough = r.Arrest.Person.HomeArea?.Borough,
                Force = r.Arrest.Person.HomeArea?.Force,
            })
            .Select(g => new { g.Key, Count = g.Count(), CashGbp = g.Sum(r => r.Cash) })
            .ToList()
            .Count;

    /// <summary>LINQ <c>CountBy</c> (.NET 9) on a value-tuple key of the coded dimensions, with the cash summed by <c>AggregateBy</c>: the strongest plain-LINQ form.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark]
    public int LinqCountByValueTuple()
    {
        var counts = Records.CountBy(r => KeyOf(r.Arrest)).ToDictionary();
        var cash = Records.AggregateBy(r => KeyOf(r.Arrest), 0m, (sum, r) => sum + r.Cash).ToDictionary();
        return Math.Min(counts.Count, cash.Count);
    }

    /// <summary>LINQ <c>GroupBy</c> on a value-tuple key instead of an anonymous type.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark]
    public int LinqGroupByValueTuple() =>
        Records
            .GroupBy(r => KeyOf(r.Arrest))
            .Select(g => (g.Key, Count: g.Count(), CashGbp: g.Sum(r => r.Cash)))
            .ToList()
            .Count;

    private static (OffenceGroup, AgeBand, EthnicityGroup, AreaKey) KeyOf(Arrest arrest) =>
        (arrest.PrincipalOffence.Group, AgeBands.Of(arrest.Person.Age), EthnicityGroups.Of(arrest.Person.SelfDefinedEthnicity), AreaKey.Of(arrest.Person.HomeArea));

    /// <summary>The same query with PLINQ on two threads.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark]
    public int PlinqGroupByTwoThreads() =>
        Records
            .AsParallel()
            .WithDegreeOfParallelism(2)
            .GroupBy(r => new
            {
                r.Arrest.PrincipalOffence.Group,
                Band = AgeBands.Of(r.Arrest.Person.Age),
                Ethnicity = EthnicityGroups.Of(r.Arrest.Person.SelfDefinedEthnicity),
                Borough = r.Arrest.Person.HomeArea?.Borough,
                Force = r.Arrest.Person.HomeArea?.Force,
            })
            .Select(g => new { g.Key, Count = g.Count(), CashGbp = g.Sum(r => r.Cash) })
            .ToList()
            .Count;

    /// <summary>A hand-written loop into a dictionary keyed by a value tuple of the coded dimensions, one thread.</summary>
    /// <returns>The number of groups.</returns>
    [Benchmark]
    public int StructKeyedDictionary()
    {
        var cells = new Dictionary<(OffenceGroup, AgeBand, EthnicityGroup, AreaKey), (long Count, decimal Cash)>();
        Arrest[] arrests = Data.Arrests;
        decimal[] cash = Data.CashGbp;
        for (int i = 0; i < arrests.Length; i++)
        {
            Arrest arrest = arrests[i];
            ArrestedPerson person = arrest.Person;
            ref (long Count, decimal Cash) cell = ref CollectionsMarshal.GetValueRefOrAddDefault(
                cells,
                (arrest.PrincipalOffence.Group, AgeBands.Of(person.Age), EthnicityGroups.Of(person.SelfDefinedEthnicity), AreaKey.Of(person.HomeArea)),
                out _);
            cell.Count++;
            cell.Cash += cash[i];
        }
        return cells.Count;
    }

    /// <summary>The library's reusable accumulator, one thread (reset, then add every arrest).</summary>
    [Benchmark]
    public void AccumulatorOneThread()
    {
        oneThread.Reset();
        oneThread.AddRange(Data.Arrests, Data.CashGbp);
    }

    /// <summary>The library's reusable accumulator on two threads.</summary>
    [Benchmark]
    public void AccumulatorTwoThreads()
    {
        twoThreads.Reset();
        twoThreads.AddRangeParallel(Data.Arrests, Data.CashGbp, degreeOfParallelism: 2);
    }

    /// <summary>The accumulator over the same arrests held in an <see cref="ArrestSet"/>, one thread: it reads the set's code column.</summary>
    [Benchmark]
    public void ArrestSetOneThread()
    {
        setOneThread.Reset();
        setOneThread.AddRange(Set, Data.CashGbp);
    }

    /// <summary>The accumulator over the <see cref="ArrestSet"/> on two threads.</summary>
    [Benchmark]
    public void ArrestSetTwoThreads()
    {
        setTwoThreads.Reset();
        setTwoThreads.AddRangeParallel(Set, Data.CashGbp, degreeOfParallelism: 2);
    }

    /// <summary>Building the <see cref="ArrestSet"/> from the arrests: the one-off cost the set's breakdowns repay.</summary>
    /// <returns>The set's size.</returns>
    [Benchmark]
    public int ArrestSetCreate() => ArrestSet.Create(Data.Arrests).Count;

    /// <summary>One thread, then the immutable <see cref="ArrestBreakdown"/> result (the allocation of the result itself).</summary>
    /// <returns>The number of non-empty cells.</returns>
    [Benchmark]
    public int AccumulatorOneThreadToBreakdown()
    {
        oneThread.Reset();
        oneThread.AddRange(Data.Arrests, Data.CashGbp);
        return oneThread.ToBreakdown().Cells.Length;
    }

    /// <summary>Runs every method once and checks that they agree on the number of cells, arrests and cash.</summary>
    public static void Verify()
    {
        var benchmarks = new ArrestBreakdownBenchmarks();
        int linq = benchmarks.LinqGroupBy();
        int plinq = benchmarks.PlinqGroupByTwoThreads();
        int dictionary = benchmarks.StructKeyedDictionary();
        int countBy = benchmarks.LinqCountByValueTuple();
        int tupleGroupBy = benchmarks.LinqGroupByValueTuple();
        benchmarks.AccumulatorOneThread();
        benchmarks.AccumulatorTwoThreads();
        benchmarks.ArrestSetOneThread();
        benchmarks.ArrestSetTwoThreads();
        ArrestBreakdown one = benchmarks.oneThread.ToBreakdown();
        ArrestBreakdown two = benchmarks.twoThreads.ToBreakdown();
        ArrestBreakdown setOne = benchmarks.setOneThread.ToBreakdown();
        ArrestBreakdown setTwo = benchmarks.setTwoThreads.ToBreakdown();
        Console.WriteLine($"cells: LINQ {linq}, PLINQ {plinq}, dictionary {dictionary}, accumulator {one.Cells.Length}, parallel {two.Cells.Length}");
        Console.WriteLine($"arrests {one.TotalCount}, cash GBP {one.TotalCashGbp} (expected {Data.CashGbp.Sum()})");
        if (linq != one.Cells.Length || plinq != linq || dictionary != linq || countBy != linq || tupleGroupBy != linq || one != two || one != setOne || one != setTwo
            || one.TotalCount != Count || one.TotalCashGbp != Data.CashGbp.Sum())
        {
            throw new InvalidOperationException("The methods disagree.");
        }
        Console.WriteLine("all agree");

        // Steady-state allocation without BenchmarkDotNet's forced collections around it: warm up, let the runtime
        // finish its housekeeping, then count every byte allocated on any thread over many calls.
        for (int i = 0; i < 50; i++)
        {
            benchmarks.AccumulatorOneThread();
            benchmarks.AccumulatorTwoThreads();
            benchmarks.ArrestSetOneThread();
            benchmarks.ArrestSetTwoThreads();
        }
        Thread.Sleep(1_000);
        const int calls = 500;
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < calls; i++)
        {
            benchmarks.AccumulatorOneThread();
        }
        long afterOne = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < calls; i++)
        {
            benchmarks.AccumulatorTwoThreads();
        }
        long afterTwo = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < calls; i++)
        {
            benchmarks.ArrestSetOneThread();
            benchmarks.ArrestSetTwoThreads();
        }
        long afterSet = GC.GetTotalAllocatedBytes(precise: true);
        long perParallelCall = (afterTwo - afterOne) / calls;
        Console.WriteLine($"allocated over {calls} calls in steady state: one thread {afterOne - before} B, two threads {afterTwo - afterOne} B ({perParallelCall} B a call), arrest set on one and two threads {afterSet - afterTwo} B");
        // One thread: nothing at all. Two threads: the thread pool's bookkeeping for Parallel.For, a fixed amount a call
        // whatever the number of arrests (never per arrest).
        if (afterOne != before || perParallelCall > 4_096 || (afterSet - afterTwo) / calls > 4_096)
        {
            throw new InvalidOperationException("The accumulator allocated more than expected in steady state.");
        }
    }
}
