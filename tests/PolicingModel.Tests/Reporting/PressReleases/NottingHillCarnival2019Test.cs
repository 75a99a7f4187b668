using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Sources: https://www.cityam.com/metropolitan-police-arrest-353-people-during-notting-hill-carnival-2019/ (City A.M.,
// 27 August 2019) and https://the-independent.com/news/uk/crime/notting-hill-carnival-arrests-drugs-weapons-assault-london-hot-weather-a9079821.html
// (The Independent, 27 August 2019).
// Research notes: docs/research/press/08-notting-hill-carnival-2019.md (verified partial).
// Kind: carnival; total with offence subsets. The sources conflict on weapons arrests (34 in City A.M., 37 in wire
// copy); the City A.M. figure is used.
// 5 facts, 5 lines
public sealed class NottingHillCarnival2019Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("notting-hill-carnival-2019"), "Notting Hill Carnival 2019", PoliceForce.Metropolitan,
            Operation.Days(new LocalDate(2019, 8, 25), new LocalDate(2019, 8, 26)));                                                // 1 Sunday 25 and Monday 26 August
        op.LinkedEvent = NottingHillCarnival.For(2019);                                                                              // 2
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(353));                                                              // 3 (111 Sunday, 242 Monday)
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(162), offenceGroups: [OffenceGroup.Drugs]));      // 4
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(34), offences: [new SuspectedOffence(Offences.OffensiveWeaponInPublic)])); // 5 City A.M.; 37 in the wire copy
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "ran between Sunday 25 and Monday 26 August 2019" and "was linked to Notting Hill Carnival (...)". Before
    //   this branch it said the operation "ran ahead of" the carnival, because the period starts at midnight before
    //   the first session: fixed (ahead of only when it began on an earlier day).
    // - "353 arrests, including 162 for drug offences and 34 for possession of an offensive weapon": as City A.M.
    //   reports; before this branch the parts were added to the whole ("549 arrests"): fixed.
    // Not expressed: 111 on Sunday and 242 on Monday (no per-day breakdown), 37 for assaulting police officers (the
    // source does not say which assault offence, so none is chosen), 30 injured officers, the s.60 order, BTP's 22
    // separate arrests, "around one million" attending.
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("NottingHillCarnival2019", Build());
}
