using NodaTime;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: https://yorkmix.com/police-descend-on-york-neighbourhood-in-hunt-for-wanted-man/
// Publisher: YorkMix, quoting a North Yorkshire Police spokesperson; published 22 September 2020, 2.41pm.
// Research notes: docs/research/press/19-north-yorkshire-recalled-to-prison-york-2020.md (verified; short article read in full).
// Kind: a single arrest of a man recalled to prison, no new offence.
// 4 facts, 4 lines
public sealed class NorthYorkshireRecallToPrison2020Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("york-clifton-2020"), "Search for a wanted man, Clifton, York", PoliceForce.NorthYorkshire,
            Operation.Day(new LocalDate(2020, 9, 22)));                                                          // 1 Tuesday 22 September 2020 (time only "shortly before 1pm")
        op.LeadUnit = new PolicingUnit(PoliceForce.NorthYorkshire, "York North Safer Neighbourhood Team");    // 2
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(1));                                          // 3 one man, in his 20s
        op.Report(ReportedMeasure.RecalledToPrison, ReportedCount.Exactly(1));                                 // 4 recalled the day before; to be passed to the prison authorities
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: the day only; "shortly before 1pm" cannot be held (no part-of-day or approximate time), so no time is
    //   rendered. The unit is as the spokesperson named it.
    // - "One arrest." and "The person arrested was recalled to prison.": he had been recalled the day before and is
    //   to be handed to the prison authorities; the outcome kind is the nearest the model has, and the sentence does
    //   not say when the recall was made. Before this branch the sentence read "Of those arrested, one was ...": fixed.
    // Not expressed: his age band (in his 20s; a reported total has no age band), the "four or five" vehicles seen by
    // residents, the officers on bikes and the response units (unnamed), the original theft sentence.
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("NorthYorkshireRecallToPrison2020", Build());
}
