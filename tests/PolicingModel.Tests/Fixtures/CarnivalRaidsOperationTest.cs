using PolicingModel.Validation;

namespace PolicingModel.Tests.Fixtures;

/// <summary>The pre-carnival raids, known only as reported totals, are recorded without invented individuals.</summary>
public sealed class CarnivalRaidsOperationTest
{
    private static readonly Operation Op = CarnivalRaidsOperation.Operation;

    [Fact]
    public void Fifty_five_arrests_predominantly_for_possession_with_intent_to_supply()
    {
        ReportedTotal arrests = Op.ReportedTotals.Single(t => t.Measure == ReportedMeasure.Arrests);
        arrests.Count.Should().Be(ReportedCount.Exactly(55));
        arrests.PredominantOffence!.Offence.Should().Be(Offences.PossessionWithIntentToSupply);
        Op.Arrests.Should().BeEmpty("the sources itemise nobody");
    }

    [Fact]
    public void Raids_in_catford_and_kensington_and_chelsea()
    {
        ReportedTotal raids = Op.ReportedTotals.Single(t => t.Measure == ReportedMeasure.WarrantsExecuted);
        raids.Count.Should().BeNull("a 'series of raids' gives no number");
        raids.Areas.Select(a => a.Borough).Should().Equal(LondonBorough.Lewisham, LondonBorough.KensingtonAndChelsea);
    }

    [Fact]
    public void Some_bailed_with_conditions_banning_them_from_the_carnival()
    {
        ReportedTotal bailed = Op.ReportedTotals.Single(t => t.Measure == ReportedMeasure.BailedWithConditions);
        bailed.Count.Should().BeNull();
        bailed.Conditions.Should().ContainSingle().Which.Should().BeOfType<NotToAttendEvent>()
            .Which.Event.Name.Should().Be("Notting Hill Carnival");
    }

    [Fact]
    public void Linked_to_notting_hill_carnival_2023_on_the_bank_holiday_weekend()
    {
        Op.LinkedEvent!.Sessions.Select(s => EnglandAndWales.DateAt(s.Start))
            .Should().Equal(new LocalDate(2023, 8, 27), new LocalDate(2023, 8, 28));
        Op.LinkedEvent.Location.Borough.Should().Be(LondonBorough.KensingtonAndChelsea);
    }

    [Fact]
    public void Is_valid()
    {
        OperationValidator.Validate(Op).Problems.Should().BeEmpty();
    }
}
