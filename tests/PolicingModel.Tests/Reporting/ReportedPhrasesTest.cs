using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

/// <summary>
/// The phrase classes of real press releases (issue 13), each built through the public API and rendered, with the
/// exact sentence or bullet the renderer must write: figures that keep their hedge and never become exact.
/// </summary>
public sealed partial class ReportedPhrasesTest
{
    private static readonly LocalDate Monday = new(2025, 3, 3);

    // A one-day operation in Kent with nothing else, for each test to add its fact to.
    private static Operation.Builder OneDay() => new(new OperationId("op"), "Test operation", PoliceForce.Kent, Operation.Day(Monday));

    private static string[] Lines(Operation.Builder builder) => PressReleaseRenderer.Render(builder.ToOperation()).Split('\n');

    private static Arrest ItemisedArrest(string id, Offence offence, ArrestOutcome outcome) => new(
        new ArrestId(id), Instant.FromUtc(2025, 3, 3, 10, 0), new ArrestedPerson(Age.Exactly(30), Sex.Male),
        [new SuspectedOffence(offence)], PoliceForce.Kent, outcome);

    [Fact]
    public void An_upper_bound_keeps_up_to()
    {
        Lines(OneDay().Report(ReportedMeasure.Arrests, ReportedCount.UpTo(60))).Should().Contain("– Up to 60 arrests.");
    }

    [Fact]
    public void Fewer_than_keeps_its_words_for_counts_and_reads_less_than_for_money()
    {
        Lines(OneDay().Report(ReportedMeasure.Arrests, ReportedCount.FewerThan(20))
                .Seize(new CashSeized(Money.Pounds(500m, Precision.FewerThan))))
            .Should().ContainInOrder("– Fewer than 20 arrests;", "– less than £500 cash seized.");
    }

    [Fact]
    public void Ranges_of_counts_money_and_quantities_read_between()
    {
        Lines(OneDay()
                .Report(ReportedMeasure.Arrests, ReportedCount.Between(10, 15))
                .Seize(new CashSeized(Money.Between(20_000m, 25_000m, Currency.Gbp)))
                .Seize(new DrugsSeized(Substances.Cocaine, quantity: Quantity.Between(1m, 2m, QuantityUnit.Kilograms))))
            .Should().ContainInOrder(
                "– Between 10 and 15 arrests;",
                "– between £20,000 and £25,000 cash seized;",
                "– Class A drugs found, including between 1 and 2 kg of cocaine.");
    }

    [Fact]
    public void Unquantified_money_quantities_and_counts_keep_the_source_words()
    {
        Lines(OneDay()
                .Report(ReportedMeasure.Arrests, ReportedCount.Unquantified("a number of"))
                .Seize(new CashSeized(Money.Unquantified(Currency.Gbp, "several thousand pounds")))
                .Seize(new DrugsSeized(Substances.Cannabis, quantity: Quantity.Unquantified(QuantityUnit.Grams, "a significant amount")))
                .Seize(new PhonesSeized(ReportedCount.Unquantified("a number of"))))
            .Should().ContainInOrder(
                "– A number of arrests;",
                "– several thousand pounds cash seized;",
                "– Class B drugs found, including a significant amount of cannabis;",
                "– a number of mobile phones seized.");
    }

    [Fact]
    public void Some_stays_some_when_one_arrest_is_itemised()
    {
        Operation.Builder builder = OneDay().Report(ReportedMeasure.Arrests, null);
        builder.Arrests.Add(ItemisedArrest("a1", Offences.Possession, new Charged()));

        string[] lines = Lines(builder);

        lines.Should().Contain("– Some arrests.").And.NotContain(l => l.Contains("One arrest", StringComparison.Ordinal));
    }

    [Fact]
    public void Zero_arrests_is_said()
    {
        Lines(OneDay().Report(ReportedMeasure.Arrests, ReportedCount.Exactly(0))).Should().Contain("No arrests were made.");
    }
}
