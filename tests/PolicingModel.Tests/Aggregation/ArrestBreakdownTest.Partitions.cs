using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Aggregation;

public sealed partial class ArrestBreakdownTest
{
    private static readonly Gen<((Arrest Arrest, decimal Cash)[] Records, int Parts, int Seed, ArrestDimension Dimensions)> Partitioned =
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[10_000, 10_500], Gen.Int[1, 24], Gen.Int, ArrestGenerators.Dimensions, (records, parts, seed, dimensions) => (records, parts, seed, dimensions));

    [Fact]
    public void Merged_breakdowns_of_random_partitions_equal_the_breakdown_of_the_whole()
    {
        Partitioned.Sample(sample =>
        {
            (Arrest Arrest, decimal Cash)[] records = sample.Records;
            Arrest[] arrests = records.Select(r => r.Arrest).ToArray();
            decimal[] cash = records.Select(r => r.Cash).ToArray();
            var whole = new ArrestBreakdownAccumulator(sample.Dimensions);
            whole.AddRange(arrests, cash);
            ArrestBreakdown expected = whole.ToBreakdown();

            // Assign each record to a random partition (not contiguous: like "per force" or "per month").
            var random = new Random(sample.Seed);
            var partitions = Enumerable.Range(0, sample.Parts).Select(_ => (Arrests: new List<Arrest>(), Cash: new List<decimal>())).ToArray();
            for (int i = 0; i < records.Length; i++)
            {
                var part = partitions[random.Next(sample.Parts)];
                part.Arrests.Add(arrests[i]);
                part.Cash.Add(cash[i]);
            }
            List<ArrestBreakdown> parts = partitions.Select(p =>
            {
                var accumulator = new ArrestBreakdownAccumulator(sample.Dimensions);
                accumulator.AddRange(p.Arrests.ToArray(), p.Cash.ToArray());
                return accumulator.ToBreakdown();
            }).ToList();

            // Left fold in one random order.
            ArrestBreakdown folded = parts.OrderBy(_ => random.Next()).Aggregate(ArrestBreakdown.Empty(sample.Dimensions), (acc, p) => acc.Merge(p));
            // Pairwise tree in another random order (as a distributed reduce would).
            List<ArrestBreakdown> level = parts.OrderBy(_ => random.Next()).ToList();
            while (level.Count > 1)
            {
                level = level.Chunk(2).Select(pair => pair.Length == 2 ? pair[1].Merge(pair[0]) : pair[0]).ToList();
            }
            // Through an accumulator.
            ArrestBreakdown viaAccumulator = ArrestBreakdown.MergeAll(sample.Dimensions, parts.OrderBy(_ => random.Next()));

            folded.Should().Be(expected);
            level[0].Should().Be(expected);
            viaAccumulator.Should().Be(expected);
            folded.GetHashCode().Should().Be(expected.GetHashCode());
            expected.TotalCount.Should().Be(records.Length);
            expected.TotalCashGbp.Should().Be(cash.Sum());
        }, iter: 6, threads: 1);
    }

    [Fact]
    public void Merge_is_commutative_and_associative_with_empty_as_identity()
    {
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[0, 300], ArrestGenerators.ArrestWithCash.Array[0, 300], ArrestGenerators.ArrestWithCash.Array[0, 300], ArrestGenerators.Dimensions)
            .Sample((x, y, z, dimensions) =>
            {
                ArrestBreakdown a = Breakdown(x, dimensions);
                ArrestBreakdown b = Breakdown(y, dimensions);
                ArrestBreakdown c = Breakdown(z, dimensions);
                a.Merge(b).Should().Be(b.Merge(a));
                a.Merge(b).Merge(c).Should().Be(a.Merge(b.Merge(c)));
                a.Merge(ArrestBreakdown.Empty(dimensions)).Should().Be(a);
                a.Merge(b).Should().Be(Breakdown([.. x, .. y], dimensions));
            }, iter: 100);
    }

    [Fact]
    public void Parallel_accumulation_equals_sequential_for_any_degree_of_parallelism()
    {
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[0, 3_000], Gen.Int[1, 5], ArrestGenerators.Dimensions)
            .Sample((records, degree, dimensions) =>
            {
                Arrest[] arrests = records.Select(r => r.Arrest).ToArray();
                decimal[] cash = records.Select(r => r.Cash).ToArray();
                var parallel = new ArrestBreakdownAccumulator(dimensions);
                parallel.AddRangeParallel(arrests, cash, degree);
                parallel.AddRangeParallel(arrests, ReadOnlyMemory<decimal>.Empty, degree); // reuses its workers
                var sequential = new ArrestBreakdownAccumulator(dimensions);
                sequential.AddRange(arrests, cash);
                sequential.AddRange(arrests);
                parallel.ToBreakdown().Should().Be(sequential.ToBreakdown());
            }, iter: 20);
    }

    [Fact]
    public void Bulk_adding_agrees_with_adding_one_by_one_over_any_dimensions()
    {
        // Up to twice the accumulator's batch, so that batches end part-way; dimension sets of every size, so that both
        // cell indexers (up to four dimensions, and any) are compared with the one Add uses.
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[0, 9_000], ArrestGenerators.Dimensions)
            .Sample((records, dimensions) =>
            {
                var bulk = new ArrestBreakdownAccumulator(dimensions);
                bulk.AddRange(records.Select(r => r.Arrest).ToArray(), records.Select(r => r.Cash).ToArray());
                bulk.ToBreakdown().Should().Be(Breakdown(records, dimensions));
            }, iter: 25);
    }

    [Fact]
    public void Collapsing_equals_breaking_down_by_fewer_dimensions()
    {
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[0, 1_000], ArrestGenerators.Dimensions, Gen.Int[0, 255])
            .Sample((records, dimensions, keepBits) =>
            {
                ArrestDimension keep = dimensions & (ArrestDimension)keepBits;
                Breakdown(records, dimensions).Collapse(keep).Should().Be(Breakdown(records, keep));
            }, iter: 60);
    }

    [Fact]
    public void Each_arrest_is_counted_in_the_cell_of_its_key()
    {
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[1, 200], ArrestGenerators.Dimensions)
            .Sample((records, dimensions) =>
            {
                ArrestBreakdown breakdown = Breakdown(records, dimensions);
                foreach (IGrouping<ArrestBreakdownKey, (Arrest Arrest, decimal Cash)> group in records.GroupBy(r => ArrestBreakdownKey.Of(r.Arrest, dimensions)))
                {
                    ArrestBreakdownCell cell = breakdown[group.Key];
                    cell.Count.Should().Be(group.Count());
                    cell.CashGbp.Should().Be(group.Sum(r => r.Cash));
                }
                breakdown.Cells.Length.Should().Be(records.Select(r => ArrestBreakdownKey.Of(r.Arrest, dimensions)).Distinct().Count());
                breakdown.Cells.Select(c => c.Key.Dimensions).Should().AllBeEquivalentTo(dimensions);
            }, iter: 60);
    }

    private static ArrestBreakdown Breakdown((Arrest Arrest, decimal Cash)[] records, ArrestDimension dimensions)
    {
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        foreach ((Arrest arrest, decimal cash) in records)
        {
            accumulator.Add(arrest, cash);
        }
        return accumulator.ToBreakdown();
    }
}
