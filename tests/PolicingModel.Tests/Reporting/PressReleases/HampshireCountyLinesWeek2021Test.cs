using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: http://www.safergosport.co.uk/national-county-lines-intensification-week-11th-17th-october/
// Publisher: Safer Gosport (community safety partnership), reproducing Hampshire Constabulary results; published
// October 2021 (not printed; the year is inferred from 11 October being a Monday in 2021, unverified).
// Research notes: docs/research/press/22-hampshire-cliw-oct-2021.md (verified partial).
// Kind: week of action, totals only.
// 10 facts, 10 lines
public sealed class HampshireCountyLinesWeek2021Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("hampshire-cliw-2021"), "County lines intensification week, Hampshire", PoliceForce.Hampshire,
            Operation.Week(new LocalDate(2021, 10, 11)));                                          // 1 Monday 11 to Sunday 17 October (2021 unverified)
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(43));                           // 2
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(7), ages: Age.Between(0, 17))); // 3 seven of them under 18
        op.Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(25));                  // 4
        op.Report(ReportedMeasure.VulnerablePeopleIdentified, ReportedCount.Exactly(49));        // 5 engaged for safeguarding (28 men, 13 women, 8 juveniles)
        op.Seize(CashSeized.Pounds(50_272m));                                                    // 6
        op.Seize(new PhonesSeized(ReportedCount.Exactly(63)));                                   // 7
        op.Seize(DrugsSeized.Of(Substances.CrackCocaine, 269m, QuantityUnit.Wraps));             // 8
        op.Seize(DrugsSeized.Of(Substances.Heroin, 265m, QuantityUnit.Wraps));                   // 9 (and heroin valued at £20,000)
        op.Seize(new OtherPropertySeized("three Rolex watches"));                               // 10 "yet to be valued"
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "Between Monday 11 and Sunday 17 October 2021, officers executed 25 warrants." (year inferred).
    // - 43 arrests, £50,272, the two wrap counts, 63 phones and the three watches as reported ("yet to be valued",
    //   and no value is rendered).
    // - "49 vulnerable people were identified and offered support.": the source says engaged for safeguarding.
    // - No outcomes: none given, none rendered.
    // - "seven of those arrested were aged under 18": a part of the 43, as the source gives it.
    // Not expressed: the 28/13/8 split of the 49 by sex and age (people identified, not arrests), heroin valued at £20,000 (no drug value), 35 stop-searches, visits to landlords, 26 cuckooed
    // addresses and 21 schools (visits to addresses are not safeguarding actions for people we can count).
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("HampshireCountyLinesWeek2021", Build());
}
