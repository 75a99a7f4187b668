using NodaTime;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: https://www.worcesternews.co.uk/news/17977651.hundreds-arrested-part-uk-wide-county-lines-crackdown/
// Publisher: Worcester News (Newsquest), reporting a police summary; published mid-October 2019 (not printed).
// Research notes: docs/research/press/05-west-midlands-west-mercia-cliw-oct-2019.md (verified partial).
// Unverified: the year (2019, from "Monday (October 7)"), and that the opening totals are West Midlands Police's
// (the quoted officer is from West Midlands Police; the text does not say so outright).
// Kind: week of action, totals only, with an "almost" figure.
// 4 facts, 4 lines
public sealed class WestMidlandsCountyLinesWeek2019Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("west-midlands-cliw-2019"), "County lines week of action, West Midlands", PoliceForce.WestMidlands,
            Operation.Week(new LocalDate(2019, 10, 7)));                                                       // 1 7 to 13 October (2019 unverified)
        op.Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(29));                              // 2
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(73));                                       // 3
        op.Seize(new CashSeized(new Money(20_000m, Currency.Gbp, Precision.UpTo, wording: "almost")));       // 4 "almost £20,000"
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "Between Monday 7 and Sunday 13 October 2019, officers executed 29 warrants." (year inferred).
    // - "73 arrests" and "almost £20,000 cash seized": "almost" is kept as the source's word on an upper bound.
    // - No outcomes: the two men of the joint job with West Mercia Police were released under investigation, but they
    //   are two of the 73 and the rest are not given, so no outcome line is rendered for the whole.
    // Not expressed: the joint job with West Mercia Police on Monday 7 October (one part of the week, not the whole
    //   operation: naming West Mercia as a joint lead would say the whole week was joint), its two arrests (their
    //   times are unknown, and an itemised arrest needs an instant), the weapons and drugs "not quantified" (no kind
    //   given), the Tipton searches that found a zombie-style knife and a samurai sword with no arrests (a zero for one
    //   search, not the operation), "potentially" £4,000 a day, the national "more than 700" arrests.
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("WestMidlandsCountyLinesWeek2019", Build());
}
