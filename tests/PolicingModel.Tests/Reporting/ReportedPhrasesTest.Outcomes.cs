using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting;

public sealed partial class ReportedPhrasesTest
{
    [Fact]
    public void An_itemised_outcome_not_reported_is_said_as_not_given()
    {
        Operation.Builder builder = OneDay();
        builder.Arrests.Add(ItemisedArrest("a1", Offences.Possession, new Charged()));
        builder.Arrests.Add(ItemisedArrest("a2", Offences.Possession, new OutcomeNotReported()));

        Lines(builder).Should().Contain("Of those arrested, one was charged and the outcome for one was not given.");
    }

    [Fact]
    public void Reported_outcome_totals_fill_the_outcomes_paragraph()
    {
        Operation.Builder builder = OneDay()
            .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(35))
            .Report(ReportedMeasure.Charged, ReportedCount.Exactly(10))
            .Report(ReportedMeasure.ReleasedUnderInvestigation, ReportedCount.Exactly(19))
            .Report(ReportedMeasure.RecalledToPrison, ReportedCount.Exactly(2))
            .Report(ReportedMeasure.RemainsInCustody, ReportedCount.Exactly(1))
            .Report(ReportedMeasure.CommunityResolution, ReportedCount.Exactly(1))
            .Report(ReportedMeasure.PutBeforeCourt, ReportedCount.Exactly(2));

        Lines(builder).Should().Contain(
            "Of those arrested, one remains in police custody, 19 were released under investigation, ten were charged, " +
            "one was dealt with by community resolution, two were recalled to prison and two were put before the court.");
    }

    [Fact]
    public void May_be_bailed_is_said_as_a_possibility()
    {
        Operation.Builder builder = OneDay()
            .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(12))
            .Report(new ReportedTotal(ReportedMeasure.BailedWithConditions, null, isProspective: true));

        string[] lines = Lines(builder);

        lines.Should().Contain("– some of those arrested may be bailed with conditions.")
            .And.NotContain(l => l.Contains("were bailed", StringComparison.Ordinal));
    }

    [Fact]
    public void One_person_arrested_is_that_person()
    {
        Lines(OneDay().Report(ReportedMeasure.Arrests, ReportedCount.Exactly(1)).Report(ReportedMeasure.RecalledToPrison, ReportedCount.Exactly(1)))
            .Should().Contain("The person arrested was recalled to prison.");
    }
}
