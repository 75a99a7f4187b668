using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Reporting;

public sealed class EventRunUpComparisonTest
{
    private static readonly PublicEvent Carnival = CarnivalRaidsOperation.NottingHillCarnival2023;

    /// <summary>A synthetic festival in June 2023 outside London, for comparison.</summary>
    private static readonly PublicEvent Festival = new(
        new PublicEventId("festival-2023"), "Summer Festival", Place.InLocality("Pilton", PoliceForce.AvonAndSomerset),
        [new Interval(EnglandAndWales.InstantOf(new LocalDateTime(2023, 6, 21, 8, 0)), EnglandAndWales.InstantOf(new LocalDateTime(2023, 6, 26, 12, 0)))]);

    private static readonly Operation FestivalOperation = BuildFestivalOperation();

    private static readonly Operation[] Operations = [CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation, FestivalOperation];

    private static Operation BuildFestivalOperation()
    {
        Instant at = EnglandAndWales.InstantOf(new LocalDateTime(2023, 6, 16, 6, 0));
        Arrest Arrested(string id) => new(
            new ArrestId(id), at, new ArrestedPerson(Age.Exactly(25), Sex.Male, Place.InLocality("Bristol", PoliceForce.AvonAndSomerset)),
            [new SuspectedOffence(Offences.PossessionWithIntentToSupply, drugClass: DrugClass.A, substance: Substances.Mdma)],
            PoliceForce.AvonAndSomerset, new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2023, 6, 16), new LocalDate(2023, 9, 16), [new NotToAttendEvent(Festival)])));
        return new Operation(
            new OperationId("festival-warrants"), "Pre-festival warrants", PoliceForce.AvonAndSomerset, new Interval(at, null),
            linkedEvent: Festival,
            warrants: [new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, execution: new WarrantExecution(at))],
            arrests: [Arrested("a1"), Arrested("a2"), Arrested("a3")],
            seizures: [new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(3_250.5m)), seizedAt: at)]);
    }

    [Fact]
    public void Compares_the_run_ups_side_by_side()
    {
        EventRunUpComparison comparison = EventRunUpComparison.Compare(Operations, 7, Carnival, Festival);

        comparison.Days.Should().Be(7);
        comparison.Events.Select(r => r.Event).Should().Equal(Carnival, Festival);
        comparison.Events[0].Operations.Should().Equal(CarnivalRaidsOperation.Operation);
        comparison.Events[0].Summary.Should().Be(OperationSummary.Of(CarnivalRaidsOperation.Operation));
        comparison.Events[1].Operations.Should().Equal(FestivalOperation);
        comparison.Events[1].Summary.Arrests.Should().Be(ReportedCount.Exactly(3));
        comparison.Events[1].Summary.BailedWithConditions.Should().Be(ReportedCount.Exactly(3));
        comparison.Events[1].Summary.EventsBanned.Should().Equal(Festival);
    }

    [Fact]
    public void A_run_up_with_no_operations_has_an_empty_summary()
    {
        EventRunUpComparison comparison = EventRunUpComparison.Compare(Operations, 2, Carnival, Festival);

        comparison.Events.Should().OnlyContain(r => r.Operations.IsEmpty && r.Summary == OperationSummary.Empty);
    }

    [Fact]
    public void Renders_a_plain_text_table()
    {
        string[] lines = EventRunUpComparison.Compare(Operations, 7, Carnival, Festival).ToText().Split('\n');

        lines.Should().Equal(
            "                        Notting Hill Carnival (2023)  Summer Festival (2023)",
            "Run-up (days)           seven                         seven",
            "Operations              one                           one",
            "Warrants executed       some                          one",
            "Arrests                 55                            three",
            "Cash seized             none                          £3,250.50",
            "Drugs found             none                          none",
            "Weapons                 zero                          zero",
            "Bailed with conditions  some                          three",
            "Events banned           Notting Hill Carnival         Summer Festival",
            "");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void The_table_is_culture_invariant(string culture)
    {
        string expected = EventRunUpComparison.Compare(Operations, 7, Carnival, Festival).ToText();
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            EventRunUpComparison.Compare(Operations, 7, Carnival, Festival).ToText().Should().Be(expected);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Comparisons_have_value_equality()
    {
        EventRunUpComparison.Compare(Operations, 7, Carnival, Festival).Should().Be(EventRunUpComparison.Compare([.. Operations], 7, Carnival, Festival));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        FluentActions.Invoking(() => EventRunUpComparison.Compare(null!, 7, Carnival, Festival)).Should().Throw<ArgumentNullException>().WithParameterName("operations");
        FluentActions.Invoking(() => EventRunUpComparison.Compare(Operations, 7, null!)).Should().Throw<ArgumentNullException>().WithParameterName("events");
        FluentActions.Invoking(() => EventRunUpComparison.Compare(Operations, 7, Carnival, null!)).Should().Throw<ArgumentNullException>().WithParameterName("events");
        FluentActions.Invoking(() => EventRunUpComparison.Compare(Operations, 7, Carnival)).Should().Throw<ArgumentException>().WithParameterName("events");
        FluentActions.Invoking(() => EventRunUpComparison.Compare(Operations, 7, Carnival, Carnival)).Should().Throw<ArgumentException>().WithParameterName("events");
        FluentActions.Invoking(() => EventRunUpComparison.Compare(Operations, -1, Carnival, Festival)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
        FluentActions.Invoking(() => EventRunUpComparison.Compare([null!], 7, Carnival, Festival)).Should().Throw<ArgumentNullException>().WithParameterName("operations");
    }
}
