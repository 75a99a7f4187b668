using NodaTime;
using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Aggregation;

public sealed partial class ArrestBreakdownTest
{
    private static readonly Instant At = Instant.FromUtc(2025, 5, 1, 5, 0);

    internal static Arrest MakeArrest(
        string id,
        Offence offence,
        int age,
        Sex sex = Sex.Male,
        SelfDefinedEthnicity ethnicity = SelfDefinedEthnicity.WhiteBritish,
        Place? home = null,
        PoliceForce force = PoliceForce.Metropolitan,
        ArrestOutcome? outcome = null,
        OfficerDefinedEthnicity officer = OfficerDefinedEthnicity.Unknown) =>
        new(new ArrestId(id), At, new ArrestedPerson(Age.Exactly(age), sex, home, ethnicity, officer), [new SuspectedOffence(offence)], force, outcome ?? new RemainsInCustody());

    [Fact]
    public void Counts_and_cash_land_in_the_right_cells()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.OffenceGroup | ArrestDimension.AgeBand);
        accumulator.Add(MakeArrest("a1", Offences.ConcernedInSupply, 26), 20_000m);
        accumulator.Add(MakeArrest("a2", Offences.Supply, 27), 500.50m);
        accumulator.Add(MakeArrest("a3", Offences.BladedArticleInPublic, 17));
        ArrestBreakdown breakdown = accumulator.ToBreakdown();

        ArrestBreakdownKey drugs25To29 = ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.Drugs).WithAgeBand(AgeBand.From25To29);
        breakdown[drugs25To29].Count.Should().Be(2);
        breakdown[drugs25To29].CashGbp.Should().Be(20_500.50m);
        breakdown[ArrestBreakdownKey.Total.WithAgeBand(AgeBand.From10To17).WithOffenceGroup(OffenceGroup.PossessionOfWeapons)].Count.Should().Be(1);
        breakdown[ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.Robbery).WithAgeBand(AgeBand.From10To17)].Count.Should().Be(0);
        breakdown.Cells.Select(c => c.Key).Should().Equal(
            ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.Drugs).WithAgeBand(AgeBand.From25To29),
            ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.PossessionOfWeapons).WithAgeBand(AgeBand.From10To17));
        breakdown.Total.Count.Should().Be(3);
        breakdown.TotalCashGbp.Should().Be(20_500.50m);
    }

    [Fact]
    public void Empty_cells_read_as_zero_with_their_key()
    {
        ArrestBreakdown breakdown = ArrestBreakdown.Of([MakeArrest("a1", Offences.Supply, 30)], ArrestDimension.Sex);
        ArrestBreakdownCell cell = breakdown[ArrestBreakdownKey.Total.WithSex(Sex.Female)];
        cell.Key.Sex.Should().Be(Sex.Female);
        cell.Count.Should().Be(0);
        cell.CashGbp.Should().Be(0m);
    }

    [Fact]
    public void Self_and_officer_defined_ethnicity_are_never_mixed()
    {
        Action accumulator = () => _ = new ArrestBreakdownAccumulator(ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup);
        accumulator.Should().Throw<ArgumentException>().WithParameterName("dimensions").WithMessage("*never mixed*");
        Action key = () => _ = ArrestBreakdownKey.Total.WithEthnicityGroup(EthnicityGroup.Black).WithOfficerDefinedEthnicityGroup(EthnicityGroup.Black);
        key.Should().Throw<ArgumentException>().WithMessage("*never mixed*");
    }

    [Fact]
    public void Undefined_dimension_flags_are_rejected()
    {
        Action act = () => _ = new ArrestBreakdownAccumulator((ArrestDimension)256);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dimensions");
    }

    [Fact]
    public void A_key_over_other_dimensions_is_rejected_by_the_indexer()
    {
        ArrestBreakdown breakdown = ArrestBreakdown.Empty(ArrestDimension.Sex);
        Func<ArrestBreakdownCell> act = () => breakdown[ArrestBreakdownKey.Total.WithAgeBand(AgeBand.From18To20)];
        act.Should().Throw<ArgumentException>().WithParameterName("key");
    }

    [Fact]
    public void Breakdowns_over_different_dimensions_do_not_merge()
    {
        Func<ArrestBreakdown> act = () => ArrestBreakdown.Empty(ArrestDimension.Sex).Merge(ArrestBreakdown.Empty(ArrestDimension.Force));
        act.Should().Throw<ArgumentException>().WithParameterName("other");
    }

    [Fact]
    public void Negative_cash_is_rejected()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.None);
        Arrest arrest = MakeArrest("a1", Offences.Supply, 30);
        Action single = () => accumulator.Add(arrest, -1m);
        single.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cashGbp");
        Action range = () => accumulator.AddRange([arrest, arrest], [1m, -1m]);
        range.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cashGbp");
        accumulator.ToBreakdown().TotalCount.Should().Be(0, "a refused range adds nothing, not even the arrests before the bad amount");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(9_999)]
    public void A_bad_element_anywhere_in_a_range_leaves_the_accumulator_as_it_was(int position)
    {
        Arrest[] arrests = Enumerable.Range(0, 10_000)
            .Select(i => MakeArrest("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Offences.All[i % Offences.All.Length], 10 + (i % 70), (Sex)(i % 3)))
            .ToArray();
        decimal[] cash = Enumerable.Range(0, arrests.Length).Select(i => i % 3 == 0 ? 1.25m : 0m).ToArray();
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.OffenceGroup | ArrestDimension.Sex);
        // Whole pounds before the failing call: a call that added pence and took them back would leave the scale changed.
        accumulator.AddRange(arrests.AsSpan(0, 50), Enumerable.Repeat(20m, 50).ToArray());
        ArrestBreakdown before = accumulator.ToBreakdown();

        decimal[] negative = [.. cash];
        negative[position] = -0.01m;
        Action act = () => accumulator.AddRange(arrests, negative);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"cashGbp[{position}] must not be negative.*");
        ShouldBeExactly(accumulator.ToBreakdown(), before);

        Arrest[] withNull = [.. arrests];
        withNull[position] = null!;
        act = () => accumulator.AddRange(withNull, cash);
        act.Should().Throw<ArgumentNullException>().WithMessage($"arrests[{position}] is null.*");
        ShouldBeExactly(accumulator.ToBreakdown(), before);
        act = () => accumulator.AddRange((IEnumerable<Arrest>)withNull.Select(a => a));
        act.Should().Throw<ArgumentNullException>().WithMessage($"arrests[{position}] is null.*");
        ShouldBeExactly(accumulator.ToBreakdown(), before);

        accumulator.AddRange(arrests, cash);
        accumulator.ToBreakdown().TotalCount.Should().Be(50 + arrests.Length, "the accumulator goes on working after a refused call");
    }

    /// <summary>Equal cells, and cash equal to the bit (the same scale), not only in value.</summary>
    internal static void ShouldBeExactly(ArrestBreakdown actual, ArrestBreakdown expected)
    {
        actual.Should().Be(expected);
        actual.Cells.Select(c => decimal.GetBits(c.CashGbp)).Should().BeEquivalentTo(expected.Cells.Select(c => decimal.GetBits(c.CashGbp)), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Cash_spans_must_match_the_arrests()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.None);
        Arrest arrest = MakeArrest("a1", Offences.Supply, 30);
        Action act = () => accumulator.AddRange([arrest, arrest], [1m]);
        act.Should().Throw<ArgumentException>().WithParameterName("cashGbp");
    }

    [Fact]
    public void A_null_arrest_is_rejected()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        Action act = () => accumulator.AddRange(new Arrest[] { null! });
        act.Should().Throw<ArgumentNullException>().WithParameterName("arrests");
        Action parallel = () => accumulator.AddRangeParallel(new Arrest[] { MakeArrest("a1", Offences.Supply, 30), null! }, ReadOnlyMemory<decimal>.Empty, 2);
        parallel.Should().Throw<ArgumentNullException>();
        accumulator.ToBreakdown().TotalCount.Should().Be(0, "a failed parallel add leaves the accumulator unchanged");
    }

    [Fact]
    public void Degree_of_parallelism_must_be_positive()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
        Action act = () => accumulator.AddRangeParallel(Array.Empty<Arrest>(), ReadOnlyMemory<decimal>.Empty, 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("degreeOfParallelism");
    }

    [Fact]
    public void Reset_empties_the_accumulator_for_reuse()
    {
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.Force | ArrestDimension.Outcome);
        accumulator.Add(MakeArrest("a1", Offences.Supply, 30), 10m);
        accumulator.Reset();
        accumulator.ToBreakdown().Should().Be(ArrestBreakdown.Empty(ArrestDimension.Force | ArrestDimension.Outcome));
    }

    [Fact]
    public void Every_dimension_at_once_uses_the_sparse_grid_and_agrees_with_the_dense_one()
    {
        const ArrestDimension all = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.Sex | ArrestDimension.EthnicityGroup
            | ArrestDimension.HomeArea | ArrestDimension.Force | ArrestDimension.Outcome;
        Arrest[] arrests =
        [
            MakeArrest("a1", Offences.Supply, 30, home: Place.InBorough(LondonBorough.Lambeth), outcome: new Charged()),
            MakeArrest("a2", Offences.Supply, 30, home: Place.InBorough(LondonBorough.Lambeth), outcome: new Charged()),
            MakeArrest("a3", Offences.HumanTrafficking, 45, Sex.Female, SelfDefinedEthnicity.BlackAfrican, Place.InLocality("Chatham", PoliceForce.Kent), PoliceForce.Kent, new NoFurtherAction()),
        ];
        ArrestBreakdown full = ArrestBreakdown.Of(arrests, all);
        full.Cells.Length.Should().Be(2);
        full[ArrestBreakdownKey.Of(arrests[0], all)].Count.Should().Be(2);
        ArrestBreakdownKey kent = ArrestBreakdownKey.Of(arrests[2], all);
        kent.HomeArea.Should().Be(AreaKey.Of(PoliceForce.Kent));
        kent.Outcome.Should().Be(ArrestOutcomeKind.NoFurtherAction);
        kent.EthnicityGroup.Should().Be(EthnicityGroup.Black);
        kent.Force.Should().Be(PoliceForce.Kent);
        kent.OfficerDefinedEthnicityGroup.Should().BeNull();
        full.Collapse(ArrestDimension.HomeArea | ArrestDimension.Force).Should().Be(ArrestBreakdown.Of(arrests, ArrestDimension.HomeArea | ArrestDimension.Force));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Arrest[] arrests = [MakeArrest("a1", Offences.Supply, 30), MakeArrest("a2", Offences.Possession, 19)];
        ArrestBreakdown one = ArrestBreakdown.Of(arrests, ArrestDimension.OffenceGroup);
        ArrestBreakdown two = ArrestBreakdown.Of(arrests.Reverse(), ArrestDimension.OffenceGroup);
        (one == two).Should().BeTrue();
        one.GetHashCode().Should().Be(two.GetHashCode());
        (one != ArrestBreakdown.Of(arrests[..1], ArrestDimension.OffenceGroup)).Should().BeTrue();
        one.Should().NotBe(ArrestBreakdown.Of(arrests, ArrestDimension.AgeBand));
    }

    [Fact]
    public void Cash_equal_in_value_but_not_in_scale_compares_and_hashes_equal()
    {
        Arrest arrest = MakeArrest("a1", Offences.Supply, 30);
        var a = new ArrestBreakdownAccumulator(ArrestDimension.None);
        a.Add(arrest, 20000m);
        var b = new ArrestBreakdownAccumulator(ArrestDimension.None);
        b.Add(arrest, 20000.00m);
        a.ToBreakdown().Should().Be(b.ToBreakdown());
        a.ToBreakdown().GetHashCode().Should().Be(b.ToBreakdown().GetHashCode());
    }

    [Fact]
    public void An_operation_attributes_cash_seized_on_each_arrest()
    {
        Arrest first = MakeArrest("a1", Offences.ConcernedInSupply, 26, home: Place.InBorough(LondonBorough.Lambeth));
        Arrest second = MakeArrest("a2", Offences.PossessionOfCriminalProperty, 41, home: Place.InBorough(LondonBorough.Croydon));
        Operation operation = MakeOperation(
            [first, second],
            [
                new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(20_000m, Precision.Approximate)), fromArrest: first.Id),
                new Seizure(new SeizureId("s2"), new CashSeized(Money.Pounds(1_250m)), fromArrest: first.Id),
                new Seizure(new SeizureId("s3"), new CashSeized(Money.Pounds(900m))),
                new Seizure(new SeizureId("s4"), new WeaponSeized(WeaponKind.Knife), fromArrest: second.Id),
            ]);
        ArrestBreakdown breakdown = ArrestBreakdown.Of(operation, ArrestDimension.HomeArea);
        breakdown[ArrestBreakdownKey.Total.WithHomeArea(AreaKey.Of(LondonBorough.Lambeth))].CashGbp.Should().Be(21_250m);
        breakdown[ArrestBreakdownKey.Total.WithHomeArea(AreaKey.Of(LondonBorough.Croydon))].Should().Match<ArrestBreakdownCell>(c => c.Count == 1 && c.CashGbp == 0m);
        breakdown.TotalCashGbp.Should().Be(21_250m, "cash not seized on an arrest is not part of an arrest breakdown");
    }

    [Fact]
    public void Cash_in_another_currency_is_never_added_to_pounds()
    {
        Arrest arrest = MakeArrest("a1", Offences.ConcernedInSupply, 26);
        Operation operation = MakeOperation([arrest], [new Seizure(new SeizureId("s1"), new CashSeized(new Money(500m, Currency.Eur)), fromArrest: arrest.Id)]);
        var accumulator = new ArrestBreakdownAccumulator(ArrestDimension.None);
        Action act = () => accumulator.AddOperation(operation);
        act.Should().Throw<InvalidOperationException>().WithMessage("*EUR*GBP*");
        accumulator.ToBreakdown().TotalCount.Should().Be(0, "nothing is added when the operation is rejected");
    }

    [Fact]
    public void Keys_print_their_dimensions()
    {
        ArrestBreakdownKey.Total.ToString().Should().Be("{ Total }");
        ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.Drugs).WithHomeArea(AreaKey.Of(LondonBorough.Lambeth)).ToString()
            .Should().Be("{ OffenceGroup = Drugs, HomeArea = borough:Lambeth }");
    }

    [Fact]
    public void Restricting_a_key_drops_dimensions()
    {
        ArrestBreakdownKey key = ArrestBreakdownKey.Total.WithSex(Sex.Female).WithForce(PoliceForce.Kent);
        key.Restrict(ArrestDimension.Force).Should().Be(ArrestBreakdownKey.Total.WithForce(PoliceForce.Kent));
        Func<ArrestBreakdownKey> act = () => key.Restrict(ArrestDimension.AgeBand);
        act.Should().Throw<ArgumentException>().WithParameterName("dimensions");
    }

    internal static Operation MakeOperation(EquatableArray<Arrest> arrests, EquatableArray<Seizure> seizures) =>
        new(new OperationId("op1"), "Operation Test", PoliceForce.Metropolitan, new Interval(At - Duration.FromHours(1), null), arrests: arrests, seizures: seizures);
}
