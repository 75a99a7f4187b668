using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Reference;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Aggregation;

/// <summary>An arrest set is a plain immutable list of arrests whose breakdowns, read from its code column, equal those of the arrests.</summary>
public sealed class ArrestSetTest
{
    [Fact]
    public void Breakdowns_of_a_set_equal_breakdowns_of_its_arrests_on_any_dimensions_and_threads()
    {
        // Up to twice the accumulator's batch, so that batches end part-way; dimension sets of every size, so that both
        // cell indexers and the sparse grid are used.
        Gen.Select(ArrestGenerators.ArrestWithCash.Array[0, 9_000], ArrestGenerators.Dimensions, Gen.Int[1, 3])
            .Sample((records, dimensions, degree) =>
            {
                Arrest[] arrests = records.Select(r => r.Arrest).ToArray();
                decimal[] cash = records.Select(r => r.Cash).ToArray();
                var expected = new ArrestBreakdownAccumulator(dimensions);
                expected.AddRange(arrests, cash);

                ArrestSet set = ArrestSet.Create(arrests);
                var sequential = new ArrestBreakdownAccumulator(dimensions);
                sequential.AddRange(set, cash);
                var parallel = new ArrestBreakdownAccumulator(dimensions);
                parallel.AddRangeParallel(set, cash, degree);
                sequential.ToBreakdown().Should().Be(expected.ToBreakdown());
                parallel.ToBreakdown().Should().Be(expected.ToBreakdown());

                var countsOnly = new ArrestBreakdownAccumulator(dimensions);
                countsOnly.AddRange(set);
                ArrestBreakdown.Of(set, dimensions).Should().Be(countsOnly.ToBreakdown());
                ArrestBreakdown.Of(set, dimensions).Should().Be(ArrestBreakdown.Of(arrests, dimensions));
            }, iter: 25);
    }

    [Fact]
    public void A_negative_amount_leaves_the_accumulator_unchanged()
    {
        ArrestSet set = ArrestSet.Create(Enumerable.Range(0, 10_000).Select(i => ArrestBreakdownTest.MakeArrest("a" + i, Offences.Supply, 20 + (i % 50))));
        decimal[] cash = Enumerable.Repeat(1m, set.Count).ToArray();
        cash[5_000] = -1m;
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.AgeBand);
        Action act = () => accumulator.AddRange(set, cash);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("cashGbp[5000] must not be negative.*");
        accumulator.ToBreakdown().TotalCount.Should().Be(0);

        Action parallel = () => accumulator.AddRangeParallel(set, cash, 2);
        parallel.Should().Throw<ArgumentOutOfRangeException>().WithMessage("cashGbp[5000] must not be negative.*");
        accumulator.ToBreakdown().TotalCount.Should().Be(0, "a failed parallel add leaves the accumulator unchanged");

        Action wrongLength = () => accumulator.AddRange(set, cash.AsSpan(1));
        wrongLength.Should().Throw<ArgumentException>().WithParameterName("cashGbp");
    }

    [Fact]
    public void It_is_an_immutable_list_with_value_equality()
    {
        Arrest[] arrests = [ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30), ArrestBreakdownTest.MakeArrest("a2", Offences.HumanTrafficking, 45)];
        ArrestSet set = ArrestSet.Create(arrests);
        arrests[0] = ArrestBreakdownTest.MakeArrest("a3", Offences.Supply, 19);

        set.Count.Should().Be(2);
        set[0].Id.Should().Be(new ArrestId("a1"), "the set copies its input");
        set.Should().Equal(set.Arrests);
        set.Equals(ArrestSet.Create(set.Arrests.AsSpan())).Should().BeTrue();
        set.Equals((object)ArrestSet.Create(set.Arrests.ToList())).Should().BeTrue();
        set.GetHashCode().Should().Be(ArrestSet.Create(set.Arrests.AsSpan()).GetHashCode());
        (set == ArrestSet.Create(set.Arrests.AsSpan())).Should().BeTrue();
        (set != ArrestSet.Create(set.Arrests.AsSpan())).Should().BeFalse();
        (set == ArrestSet.Empty).Should().BeFalse();
        ((ArrestSet?)null == null).Should().BeTrue();
        set.Equals(ArrestSet.Create(set.Arrests.Reverse())).Should().BeFalse();
        ArrestSet.Create(set).Should().BeSameAs(set);
        ArrestSet.Create(ReadOnlySpan<Arrest>.Empty).Should().BeSameAs(ArrestSet.Empty);
        set.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void A_null_arrest_is_rejected_with_its_position()
    {
        Action act = () => ArrestSet.Create([ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30), null!]);
        act.Should().Throw<ArgumentException>().WithParameterName("arrests").WithMessage("arrests[1] must not be null.*");
        IEnumerable<Arrest> nothing = null!;
        Action none = () => ArrestSet.Create(nothing);
        none.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Printing_a_set_gives_the_count_and_nothing_about_the_people()
    {
        ArrestSet set = ArrestSet.Create([ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30, home: Place.InBorough(LondonBorough.Lambeth))]);
        set.ToString().Should().Be("ArrestSet (1 arrest)");
        ArrestSet.Empty.ToString().Should().Be("ArrestSet (0 arrests)");
        ArrestSet.Create(Enumerable.Repeat(set[0], 1_234)).ToString().Should().Be("ArrestSet (1,234 arrests)");
    }
}
