using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Reference;
using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Reporting;

public sealed partial class OperationSummaryTest
{
    private static readonly Instant At = Instant.FromUtc(2024, 3, 1, 6, 0);

    [Fact]
    public void County_lines_totals()
    {
        OperationSummary summary = OperationSummary.Of(CountyLinesWarrantsOperation.Operation);

        summary.Operations.Should().Equal(CountyLinesWarrantsOperation.Operation.Id);
        summary.WarrantsExecuted.Should().Be(ReportedCount.Exactly(7));
        summary.Arrests.Should().Be(ReportedCount.Exactly(7));
        summary.ItemisedArrests.Should().Be(7);
        summary.ArrestsByOffenceGroup.Should().Equal(
            new Tally<OffenceGroup>(OffenceGroup.Drugs, ReportedCount.Exactly(6)),
            new Tally<OffenceGroup>(OffenceGroup.MiscellaneousCrimesAgainstSociety, ReportedCount.Exactly(1)));
    }

    [Fact]
    public void County_lines_seizures()
    {
        OperationSummary summary = OperationSummary.Of(CountyLinesWarrantsOperation.Operation);

        summary.Cash.Should().Equal(Money.Pounds(20_000m, Precision.Approximate));
        summary.DrugsByClass.Select(d => d.Class).Should().Equal(DrugClass.A, DrugClass.B);
        summary.DrugsByClass.Should().OnlyContain(d => d.Total.Seizures == 1 && d.Total.Quantities.IsEmpty);
        summary.DrugsBySubstance.Should().BeEmpty();
        summary.WeaponsByKind.Should().Equal(new Tally<WeaponKind>(WeaponKind.Knife, ReportedCount.Exactly(1)));
        summary.SafeguardingByKind.Should().Equal(new Tally<SafeguardingKind>(SafeguardingKind.SafeguardingMeasures, ReportedCount.Exactly(1)));
        summary.ArrestsByOutcome.Should().Equal(new Tally<ArrestOutcomeKind>(ArrestOutcomeKind.RemainsInCustody, ReportedCount.Exactly(7)));
        summary.BailedWithConditions.Should().Be(ReportedCount.Exactly(0));
        summary.EventsBanned.Should().BeEmpty();
    }

    [Fact]
    public void Carnival_uses_reported_totals_and_counts_some_as_at_least_one()
    {
        OperationSummary summary = OperationSummary.Of(CarnivalRaidsOperation.Operation);

        summary.Arrests.Should().Be(ReportedCount.Exactly(55));
        summary.ItemisedArrests.Should().Be(0);
        summary.WarrantsExecuted.Should().Be(new ReportedCount(1, Precision.AtLeast));
        summary.BailedWithConditions.Should().Be(new ReportedCount(1, Precision.AtLeast));
        // Bail with conditions is its own figure (BailedWithConditions), not an outcome total of all those bailed.
        summary.ArrestsByOutcome.Should().BeEmpty();
        summary.EventsBanned.Should().Equal(CarnivalRaidsOperation.NottingHillCarnival2023);
        summary.OffencesNamed.Should().Equal(new SuspectedOffence(Offences.PossessionWithIntentToSupply));
    }

    [Fact]
    public void Drug_quantities_keep_one_total_per_dimension_and_combine_precision()
    {
        Operation operation = WithSeizures(
            new DrugsSeized(Substances.Cocaine, quantity: new Quantity(1m, QuantityUnit.Kilograms)),
            new DrugsSeized(Substances.Cocaine, quantity: new Quantity(500m, QuantityUnit.Grams, Precision.Approximate)),
            new DrugsSeized(Substances.Cocaine, quantity: new Quantity(34m, QuantityUnit.Wraps)),
            new DrugsSeized(Substances.Cannabis, quantity: new Quantity(12m, QuantityUnit.Plants)));

        OperationSummary summary = OperationSummary.Of(operation);

        summary.DrugsBySubstance.Should().HaveCount(2);
        summary.DrugsBySubstance[0].Substance.Should().Be(Substances.Cocaine);
        summary.DrugsBySubstance[0].Total.Seizures.Should().Be(3);
        summary.DrugsBySubstance[0].Total.Quantities.Should().Equal(
            new Quantity(1500m, QuantityUnit.Grams, Precision.Approximate),
            new Quantity(34m, QuantityUnit.Wraps));
        summary.DrugsByClass.Select(c => (c.Class, c.Total.Seizures)).Should().Equal((DrugClass.A, 3), (DrugClass.B, 1));
    }

    [Fact]
    public void Drug_class_follows_the_date_of_seizure()
    {
        Instant before = Instant.FromUtc(2022, 4, 1, 12, 0);
        Instant after = Instant.FromUtc(2022, 5, 1, 12, 0);
        var operation = new Operation(
            new OperationId("op"), "GHB", PoliceForce.Kent, new Interval(before, null),
            seizures:
            [
                new Seizure(new SeizureId("s1"), new DrugsSeized(Substances.Ghb), seizedAt: before),
                new Seizure(new SeizureId("s2"), new DrugsSeized(Substances.Ghb), seizedAt: after),
            ]);

        OperationSummary.Of(operation).DrugsByClass.Select(c => c.Class).Should().Equal(DrugClass.B, DrugClass.C);
    }

    [Fact]
    public void Cash_is_kept_per_currency_with_precision_combined()
    {
        Operation operation = WithSeizures(
            new CashSeized(Money.Pounds(20_000m, Precision.Approximate)),
            new CashSeized(new Money(300m, Currency.Eur)),
            new CashSeized(Money.Pounds(500m)));

        OperationSummary.Of(operation).Cash.Should().Equal(Money.Pounds(20_500m, Precision.Approximate), new Money(300m, Currency.Eur));
    }

    [Fact]
    public void Combining_adds_figures_and_keeps_hedges_honest()
    {
        OperationSummary combined = OperationSummary.Combine([
            OperationSummary.Of(CountyLinesWarrantsOperation.Operation),
            OperationSummary.Of(CarnivalRaidsOperation.Operation),
        ]);

        combined.Operations.Should().Equal(CountyLinesWarrantsOperation.Operation.Id, CarnivalRaidsOperation.Operation.Id);
        combined.Arrests.Should().Be(ReportedCount.Exactly(62));
        combined.WarrantsExecuted.Should().Be(new ReportedCount(8, Precision.AtLeast));
        combined.Cash.Should().Equal(Money.Pounds(20_000m, Precision.Approximate));
        combined.EventsBanned.Should().Equal(CarnivalRaidsOperation.NottingHillCarnival2023);
        combined.ArrestsByOutcome.Should().Equal(new Tally<ArrestOutcomeKind>(ArrestOutcomeKind.RemainsInCustody, ReportedCount.Exactly(7)));
    }

    [Fact]
    public void Combining_nothing_is_empty_and_one_is_itself()
    {
        OperationSummary.Combine([]).Should().Be(OperationSummary.Empty);
        OperationSummary one = OperationSummary.Of(CountyLinesWarrantsOperation.Operation);
        OperationSummary.Combine([one]).Should().BeSameAs(one);
    }

    [Fact]
    public void Summaries_have_value_equality()
    {
        OperationSummary.Of(CountyLinesWarrantsOperation.Operation).Should().Be(OperationSummary.Of(CountyLinesWarrantsOperation.Operation));
        OperationSummary.Of(CountyLinesWarrantsOperation.Operation).Should().NotBe(OperationSummary.Of(CarnivalRaidsOperation.Operation));
    }

    [Fact]
    public void A_reported_total_larger_than_the_itemised_records_wins()
    {
        var operation = new Operation(
            new OperationId("op"), "Partly itemised", PoliceForce.Kent, new Interval(At, null),
            arrests: [new Arrest(new ArrestId("a1"), At, new ArrestedPerson(Age.Adult, Sex.Male), [new SuspectedOffence(Offences.Possession)], PoliceForce.Kent, new RemainsInCustody())],
            reportedTotals: [new ReportedTotal(ReportedMeasure.Arrests, new ReportedCount(30, Precision.MoreThan))]);

        OperationSummary summary = OperationSummary.Of(operation);
        summary.Arrests.Should().Be(new ReportedCount(30, Precision.MoreThan));
        summary.ItemisedArrests.Should().Be(1);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => OperationSummary.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("operation");
        FluentActions.Invoking(() => OperationSummary.Combine(null!)).Should().Throw<ArgumentNullException>().WithParameterName("summaries");
        FluentActions.Invoking(() => OperationSummary.Combine([null!])).Should().Throw<ArgumentNullException>().WithParameterName("summaries");
    }

    private static Operation WithSeizures(params SeizedItem[] items) => new(
        new OperationId("op"), "Seizures", PoliceForce.Kent, new Interval(At, null),
        seizures: [.. items.Select((item, i) => new Seizure(new SeizureId($"s{i + 1}"), item, seizedAt: At))]);
}
