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

    [Fact]
    public void Totals_for_some_offences_are_parts_of_the_total_for_all_and_never_added_to_it()
    {
        Lines(OneDay()
                .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(353))
                .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(162), offenceGroups: [OffenceGroup.Drugs]))
                .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(34), offences: [new SuspectedOffence(Offences.OffensiveWeaponInPublic)])))
            .Should().Contain("– 353 arrests, including 162 for drug offences and 34 for possession of an offensive weapon.");
    }

    [Fact]
    public void Totals_for_some_offences_alone_make_up_the_figure()
    {
        Lines(OneDay()
                .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(21), offenceGroups: [OffenceGroup.Drugs]))
                .Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(9), offenceGroups: [OffenceGroup.PublicOrder])))
            .Should().Contain("– 30 arrests for offences including drug offences and public order offences.");
    }
}
