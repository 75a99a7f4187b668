using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Benchmarks;

/// <summary>
/// The breakdown of 1,000,000 arrests by offence group × age band × self-defined ethnicity group × home area, with the
/// cash seized summed per cell: idiomatic LINQ (the baseline), a struct-keyed dictionary, and the library's accumulator
/// on one thread and on two.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ArrestBreakdownBenchmarks
{
    private const int Count = 1_000_000;
    private const ArrestDimension Dimensions = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup | ArrestDimension.HomeArea;

    private static readonly (Arrest[] Arrests, decimal[] CashGbp) Data = ArrestData.Generate(Count, seed: 20261123);
    private static readonly (Arrest Arrest, decimal Cash)[] Records = Data.Arrests.Zip(Data.CashGbp).ToArray();

    private readonly ArrestBreakdownAccumulator oneThread = new(Dimensions);
    private readonly ArrestBreakdownAccumulator twoThreads = new(Dimensions);

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
        benchmarks.AccumulatorOneThread();
        benchmarks.AccumulatorTwoThreads();
        ArrestBreakdown one = benchmarks.oneThread.ToBreakdown();
        ArrestBreakdown two = benchmarks.twoThreads.ToBreakdown();
        Console.WriteLine($"cells: LINQ {linq}, PLINQ {plinq}, dictionary {dictionary}, accumulator {one.Cells.Length}, parallel {two.Cells.Length}");
        Console.WriteLine($"arrests {one.TotalCount}, cash GBP {one.TotalCashGbp} (expected {Data.CashGbp.Sum()})");
        if (linq != one.Cells.Length || plinq != linq || dictionary != linq || one != two || one.TotalCount != Count || one.TotalCashGbp != Data.CashGbp.Sum())
        {
            throw new InvalidOperationException("The methods disagree.");
        }
        Console.WriteLine("all agree");
    }
}
