using NodaTime;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: http://equalitydiversityofficer.blogspot.com/2012/02/no-arrests-during-city-centre-protests.html
// Publisher: a blog reproducing a Leicestershire Police "Neighbourhood Alert" message; posted Sunday 5 February 2012,
// the marches were the day before (Saturday 4 February 2012).
// Research notes: docs/research/press/13-leicestershire-edl-uaf-marches-2012-no-arrests.md (verified partial; a
// secondary copy of the police message, not the force website).
// Kind: protest marches policed with mutual aid; no arrests.
// 3 facts, 3 lines
public sealed class LeicesterMarchesNoArrests2012Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("leicester-marches-2012"), "EDL and UAF marches, Leicester city centre", PoliceForce.Leicestershire,
            Operation.Day(new LocalDate(2012, 2, 4)));                                        // 1 Saturday 4 February 2012
        op.Purpose = "Policing separate marches by the English Defence League and Unite Against Fascism"; // 2
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(0), scope: "directly connected with the marches")); // 3 no arrests "directly connected" with the marches
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - "The operation ran on Saturday 4 February 2012." The date follows from "today" in the message and "yesterday"
    //   in the blog post of 5 February.
    // - "No arrests directly connected with the marches were made." As the force reported it: arrests unconnected with
    //   the marches are not ruled out, and the rendering does not rule them out either (the total's scope).
    // Not expressed: "Around 700" EDL and 200 UAF marchers (no crowd measure), "more than 2,000" officers and staff,
    // mutual aid from 17 unnamed forces (partner forces must be named), the council's help.
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("LeicesterMarchesNoArrests2012", Build());
}
