using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting;

public sealed partial class ReportedPhrasesTest
{
    [Fact]
    public void A_total_for_an_offence_group_names_the_group()
    {
        Lines(OneDay().Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(19), offenceGroups: [OffenceGroup.Drugs])))
            .Should().Contain("– 19 arrests for drug offences.");
    }

    [Fact]
    public void Predominantly_for_a_group_is_kept()
    {
        Lines(OneDay().Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(30), predominantGroup: OffenceGroup.Drugs)))
            .Should().Contain("– 30 arrests, predominantly for drug offences.");
    }

    [Fact]
    public void A_total_naming_no_offence_does_not_borrow_the_itemised_arrests_offence()
    {
        Operation.Builder builder = OneDay().Report(ReportedMeasure.Arrests, ReportedCount.Exactly(600));
        builder.Arrests.Add(ItemisedArrest("a1", Offences.Possession, new Charged()));

        Lines(builder).Should().Contain("– 600 arrests.");
    }
}
