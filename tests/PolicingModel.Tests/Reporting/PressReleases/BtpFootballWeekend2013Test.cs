using NodaTime;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: http://www.professionalsecurity.co.uk/news/interviews/football-weekend-disorder/
// Publisher: Professional Security magazine, reporting a British Transport Police statement; published April 2013
// (day not printed; the year is inferred from the fixtures of that weekend, unverified).
// Research notes: docs/research/press/12-btp-football-weekend-april-2013.md (verified partial).
// Kind: football weekend; "at least" total with itemised subsets by station.
// 3 facts, 3 lines
public sealed class BtpFootballWeekend2013Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("btp-football-2013"), "Football weekend on the railways", PoliceForce.BritishTransportPolice,
            Operation.Days(new LocalDate(2013, 4, 13), new LocalDate(2013, 4, 14)));   // 1 Saturday 13 and Sunday 14 April (2013 unverified)
        op.Report(ReportedMeasure.Arrests, ReportedCount.AtLeast(36));                  // 2 "at least 36" football-related arrests
        op.Report(ReportedMeasure.Bailed, ReportedCount.Exactly(11));                   // 3 the 11 Watford supporters, bailed to 1 May
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "ran between Saturday 13 and Sunday 14 April 2013" (the year is inferred; marked above).
    // - "At least 36 arrests.": the statement's own "at least".
    // - "Of those arrested, 11 were released on bail.": the 11 Watford supporters bailed to 1 May pending enquiries.
    // - The Met's and Northumbria's own arrests are not BTP's and are not rendered as partners or counted.
    // Not expressed: the date bail runs to (a reported total has no bail date), the per-station figures (6 at Wembley
    // Park, 11 at King's Cross, 4 at Newcastle: arrest totals have areas but the renderer does not give them, and the
    // offences of each group are "including" lists), the three injured officers, Northumbria's "numerous arrests".
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("BtpFootballWeekend2013", Build());
}
