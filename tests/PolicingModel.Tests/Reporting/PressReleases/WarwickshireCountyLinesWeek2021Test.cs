using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: https://www.leamingtoncourier.co.uk/news/crime/multiple-arrests-made-in-leamington-and-warwick-during-a-week-long-operation-to-target-county-lines-activity-3251827
// Publisher: Leamington Courier (National World); published late May 2021 (date not printed in the part read).
// Research notes: docs/research/press/15-warwickshire-cliw-may-2021.md (verified partial; the weapons list is cut off).
// Unverified: the year 2021 (inferred from the national county lines week of 17–23 May 2021).
// Kind: week of action whose reported outcomes add up to the arrests.
// 15 facts, 15 lines
public sealed class WarwickshireCountyLinesWeek2021Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("warwickshire-cliw-2021"), "Week of action against county lines, Warwickshire", PoliceForce.Warwickshire,
            Operation.Days(new LocalDate(2021, 5, 17), new LocalDate(2021, 5, 21)));                                // 1 17 to 21 May (2021 unverified)
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(35));                                                // 2
        op.Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(6));                                        // 3 six warrants, "including" in Leamington, Warwick and Nuneaton
        op.Report(ReportedMeasure.Charged, ReportedCount.Exactly(10));                                                // 4
        op.Report(ReportedMeasure.ReleasedUnderInvestigation, ReportedCount.Exactly(19));                             // 5
        op.Report(ReportedMeasure.RecalledToPrison, ReportedCount.Exactly(2));                                        // 6 "returned to prison"
        op.Report(ReportedMeasure.PutBeforeCourt, ReportedCount.Exactly(2));                                          // 7 wanted on warrant, since been to court
        op.Report(ReportedMeasure.Cautioned, ReportedCount.Exactly(2));                                               // 8
        op.Seize(DrugsSeized.Of(Substances.CrackCocaine, 281m, QuantityUnit.Wraps, Precision.Estimated));             // 9 "estimated total"
        op.Seize(DrugsSeized.Of(Substances.Heroin, 211m, QuantityUnit.Wraps, Precision.Estimated));                   // 10
        op.Seize(DrugsSeized.Of(Substances.Cocaine, 6m, QuantityUnit.Wraps, Precision.Estimated));                    // 11
        op.Seize(new DrugsSeized(Substances.Cannabis, quantity: Quantity.Unquantified(QuantityUnit.Grams, "a significant amount"))); // 12
        op.Seize(new DrugsSeized(Substances.Amphetamine, quantity: Quantity.Unquantified(QuantityUnit.Items, "a pot")));             // 13
        op.Seize(CashSeized.Pounds(14_000m, Precision.MoreThan));                                                    // 14 "Over £14,000"
        op.Seize(new WeaponSeized(WeaponKind.Machete));                                                              // 15 weapons including a machete
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "Between Monday 17 and Friday 21 May 2021, officers executed six warrants." (year inferred). The towns
    //   are left out: the source gives warrants "including" in Leamington, Warwick and Nuneaton, and a list of areas on
    //   the total would say all six were there.
    // - "35 arrests" and the outcomes paragraph: 19 RUI, 10 charged, 2 cautioned, 2 recalled to prison ("returned to
    //   prison"), 2 put before the court (wanted on warrant and "have since been to court"); they add up to 35 and
    //   validation finds nothing (PM1031 would warn otherwise).
    // - Drugs: the wrap counts keep the source's "estimated"; "a significant amount of cannabis" and "a pot of
    //   amphetamine" keep their words; "over £14,000" keeps "over"; the machete is one of "weapons including".
    // Not expressed: the gas-powered weapon (the list is cut off), that no breakdown by place could be given, vehicle
    // stops, visits to people at risk and awareness sessions (no measure).
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("WarwickshireCountyLinesWeek2021", Build());
}
