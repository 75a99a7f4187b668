using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Privacy;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Privacy;

public sealed class PublicArrestBreakdownTest
{
    private static readonly Age[] Ages = [Age.Exactly(16), Age.Exactly(19), Age.Exactly(26), Age.Exactly(45), Age.Unknown];

    private static readonly Place?[] Homes =
    [
        Place.InBorough(LondonBorough.Lambeth), Place.InLondon("Brixton", LondonBorough.Lambeth), Place.InBorough(LondonBorough.Croydon),
        Place.InLocality("Chatham", PoliceForce.Kent), Place.InForceArea(PoliceForce.Metropolitan), null,
    ];

    private static readonly SelfDefinedEthnicity[] Ethnicities =
        [SelfDefinedEthnicity.WhiteBritish, SelfDefinedEthnicity.BlackCaribbean, SelfDefinedEthnicity.BlackAfrican, SelfDefinedEthnicity.AsianIndian, SelfDefinedEthnicity.NotStated];

    private static readonly SuspectedOffence[] FewOffences =
        [Examples.ClassASupply, new(Offences.BladedArticleInPublic), new(Offences.PossessionOfCriminalProperty)];

    /// <summary>Arrests drawn from a few ages, areas, ethnicities and offences, so that small cells, ties and complementary suppression are common.</summary>
    private static readonly Gen<Arrest> Concentrated = Gen.Select(
        Gen.Int[0, Ages.Length - 1], Gen.Int[0, 2], Gen.Int[0, Homes.Length - 1], Gen.Int[0, Ethnicities.Length - 1], Gen.Int[0, FewOffences.Length - 1],
        (age, sex, home, ethnicity, offence) => new Arrest(
            new ArrestId("a1"), Examples.Dawn, new ArrestedPerson(Ages[age], (Sex)sex, Homes[home], Ethnicities[ethnicity]),
            [FewOffences[offence]], PoliceForce.Metropolitan, new RemainsInCustody()));

    private static readonly Gen<(Arrest[] Arrests, int Threshold)> Samples = Gen.Select(
        Gen.Frequency((4, Concentrated), (1, ArrestGenerators.Arrest)).Array[0, 40], Gen.Int[1, 5]);

    [Fact]
    public void Each_table_is_the_rule_applied_to_the_true_counts_of_every_category_in_order()
    {
        Samples.Sample(sample =>
        {
            PublicArrestBreakdown breakdown = PublicArrestBreakdown.Of(sample.Arrests, sample.Threshold);
            breakdown.Total.Should().Be(sample.Arrests.Length);
            breakdown.Threshold.Should().Be(sample.Threshold);
            Check(breakdown.ByAgeBand, ArrestDimension.AgeBand, a => AgeBands.Of(a.Person.Age), AgeBandsInOrder);
            Check(breakdown.BySex, ArrestDimension.Sex, a => a.Person.Sex, [Sex.Male, Sex.Female, Sex.Unknown]);
            Check(breakdown.ByEthnicityGroup, ArrestDimension.EthnicityGroup, a => EthnicityGroups.Of(a.Person.SelfDefinedEthnicity),
                [EthnicityGroup.White, EthnicityGroup.Mixed, EthnicityGroup.Asian, EthnicityGroup.Black, EthnicityGroup.Other, EthnicityGroup.NotStated]);
            Check(breakdown.ByHomeArea, ArrestDimension.HomeArea, a => AreaKey.Of(a.Person.HomeArea), AreasInOrder);
            Check(breakdown.ByOffenceGroup, ArrestDimension.OffenceGroup, a => a.PrincipalOffence.Group, Enum.GetValues<OffenceGroup>());

            void Check<T>(PublicBreakdown<T> table, ArrestDimension dimension, Func<Arrest, T> categoryOf, T[] order)
                where T : struct
            {
                int[] counts = [.. order.Select(category => sample.Arrests.Count(a => EqualityComparer<T>.Default.Equals(categoryOf(a), category)))];
                table.Dimension.Should().Be(dimension);
                table.Threshold.Should().Be(sample.Threshold);
                table.Total.Should().Be(sample.Arrests.Length);
                table.Cells.Select(c => c.Category).Should().Equal(order);
                table.Cells.Select(c => c.Count).Should().Equal(SmallCellSuppression.Apply(counts, sample.Threshold));
                table[order[^1]].Should().Be(table.Cells[^1].Count);
            }
        }, iter: 300);
    }

    /// <summary>
    /// Complementary suppression cannot be undone by subtraction: in every table of a view of random arrests, every
    /// count between 1 and N − 1 keeps a range of at least two values when the shown counts are subtracted from the
    /// visible total and every other hidden count is bounded as its status allows — including the 80-area table, too
    /// large for the exact attacker of <see cref="SmallCellSuppressionTest"/>.
    /// </summary>
    [Fact]
    public void No_small_count_in_a_view_of_random_arrests_can_be_worked_out_by_subtraction()
    {
        Samples.Sample(sample =>
        {
            PublicArrestBreakdown breakdown = PublicArrestBreakdown.Of(sample.Arrests, sample.Threshold);
            Unpinned(breakdown.ByAgeBand, a => AgeBands.Of(a.Person.Age));
            Unpinned(breakdown.BySex, a => a.Person.Sex);
            Unpinned(breakdown.ByEthnicityGroup, a => EthnicityGroups.Of(a.Person.SelfDefinedEthnicity));
            Unpinned(breakdown.ByHomeArea, a => AreaKey.Of(a.Person.HomeArea));
            Unpinned(breakdown.ByOffenceGroup, a => a.PrincipalOffence.Group);

            void Unpinned<T>(PublicBreakdown<T> table, Func<Arrest, T> categoryOf)
                where T : struct
            {
                (int Low, int High)[] bounds = DisclosureAttack.Bounds([.. table.Cells.Select(c => c.Count)], table.Total, table.Threshold);
                for (int i = 0; i < table.Cells.Length; i++)
                {
                    T category = table.Cells[i].Category;
                    int count = sample.Arrests.Count(a => EqualityComparer<T>.Default.Equals(categoryOf(a), category));
                    count.Should().BeInRange(bounds[i].Low, bounds[i].High);
                    if (count > 0 && count < table.Threshold)
                    {
                        bounds[i].High.Should().BeGreaterThan(bounds[i].Low, "{0} ({1} arrests) must not be pinned in {2}", category, count, table.Dimension);
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Any_sequence_of_arrests_is_enumerated_once_and_gives_the_same_breakdown_as_an_array()
    {
        Arrest[] arrests = [.. CountyLinesWarrantsOperation.Operation.Arrests];
        int enumerations = 0;
        IEnumerable<Arrest> Lazy()
        {
            enumerations++;
            foreach (Arrest arrest in arrests)
            {
                yield return arrest;
            }
        }

        PublicArrestBreakdown.Of(Lazy()).Should().Be(PublicArrestBreakdown.Of(arrests));
        enumerations.Should().Be(1);
        PublicArrestBreakdown.Of(CountyLinesWarrantsOperation.Operation.Arrests).Should().Be(PublicArrestBreakdown.Of(arrests));
    }

    [Fact]
    public void Arrests_across_operations_add_up()
    {
        Arrest[] both = [.. CountyLinesWarrantsOperation.Operation.Arrests, .. CountyLinesWarrantsOperation.Operation.Arrests];
        PublicArrestBreakdown breakdown = PublicArrestBreakdown.Of(both);
        breakdown.Total.Should().Be(14);
        breakdown.BySex[Sex.Male].Should().Be(PublicCount.Shown(12));
        breakdown.BySex[Sex.Female].Should().Be(PublicCount.FewerThan(3));
        breakdown.ByHomeArea[AreaKey.Of(LondonBorough.Croydon)].Should().Be(PublicCount.Shown(6));
        breakdown.ByHomeArea[AreaKey.Of(LondonBorough.Lambeth)].Should().Be(PublicCount.Shown(4));
        breakdown.ByHomeArea[AreaKey.Of(PoliceForce.Kent)].Should().Be(PublicCount.Shown(4));
    }

    [Fact]
    public void An_empty_sequence_gives_empty_tables()
    {
        PublicArrestBreakdown empty = PublicArrestBreakdown.Of([]);
        empty.Total.Should().Be(0);
        empty.BySex.Cells.Select(c => c.Count).Should().OnlyContain(c => c == PublicCount.FewerThan(3));
        empty.ByHomeArea.Cells.Should().HaveCount(AreaKey.Count);
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => PublicArrestBreakdown.Of(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "arrests");
        FluentActions.Invoking(() => PublicArrestBreakdown.Of([Examples.Arrest(), null!]))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "arrests");
        FluentActions.Invoking(() => PublicArrestBreakdown.Of([Examples.Arrest()], threshold: 0))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "threshold" && e.Message.Contains("threshold"));
        FluentActions.Invoking(() => PublicArrestBreakdown.Of([Examples.Arrest()]).BySex[(Sex)99])
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "category");
    }

    private static AgeBand[] AgeBandsInOrder =>
        [AgeBand.Under10, AgeBand.From10To17, AgeBand.From18To20, AgeBand.From21To24, AgeBand.From25To29, AgeBand.From30To39, AgeBand.From40To49, AgeBand.From50, AgeBand.Unknown];

    private static AreaKey[] AreasInOrder =>
        [.. Enum.GetValues<LondonBorough>().Where(b => (int)b != 0).Select(AreaKey.Of), .. Enum.GetValues<PoliceForce>().Where(f => (int)f != 0).Select(AreaKey.Of), AreaKey.Unknown];
}
