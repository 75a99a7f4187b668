using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Sources: https://www.gwent.police.uk/news/gwent/news/news/2023/october/63-arrested-in-county-lines-crackdown-across-southern-wales/
// (Gwent Police) and https://tenby-today.co.uk/news/999/drugs-worth-over-ps315-million-seized-across-wales-region-in-latest-county-lines-intensification-week-645662
// (Tenby Today, fuller list). Published October 2023 (exact day unverified).
// Research notes: docs/research/press/02-tarian-southern-wales-cliw-oct-2023.md (verified partial).
// Kind: week of action run jointly by three forces, coordinated by Tarian ROCU; totals only.
// Unverified: whether the force page itself carries the itemised list (it comes from Tenby Today).
// 13 facts, 14 lines (one fact, "multiple cars and mobile phones", is two seized items)
public sealed class TarianSouthernWalesWeek2023Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("tarian-cliw-2023"), "County lines intensification week, southern Wales", PoliceForce.Gwent,
            Operation.Days(new LocalDate(2023, 10, 9), new LocalDate(2023, 10, 15)));              // 1 Monday 9 to Sunday 15 October
        op.JointLeadForces.AddRange([PoliceForce.SouthWales, PoliceForce.DyfedPowys]);             // 2 three forces together
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(63));                             // 3
        op.Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(17));                    // 4
        op.Seize(CashSeized.Pounds(260_000m));                                                     // 5
        op.Seize(new DrugsSeized(Substances.CrackCocaine));                                        // 6 valued "up to £2000" (value not modelled)
        op.Seize(new DrugsSeized(Substances.Heroin));                                              // 7 valued "up to £1000"
        op.Seize(DrugsSeized.Of(Substances.Amphetamine, 18m, QuantityUnit.Kilograms));             // 8
        op.Seize(new DrugsSeized(Substances.Cocaine));                                             // 9 valued "up to £16,000"
        op.Seize(DrugsSeized.Of(Substances.Cannabis, 4_580m, QuantityUnit.Plants));                // 10
        op.Seize(new WeaponSeized(WeaponKind.Shotgun, ReportedCount.Exactly(2)));                  // 11 among "a variety of weapons"
        op.Seize(new VehicleSeized(VehicleKind.Car, ReportedCount.Unquantified("multiple")));      // 12 "Multiple cars and mobile phones"
        op.Seize(new PhonesSeized(ReportedCount.Unquantified("multiple")));                        //    (same fact, second half)
        op.Report(ReportedMeasure.PeopleSafeguarded, ReportedCount.Exactly(63));                   // 13 vulnerable adults and children safeguarded
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "Between Monday 9 and Sunday 15 October 2023, officers executed 17 warrants, in a joint operation with
    //   South Wales Police and Dyfed-Powys Police." The three forces acted together; Gwent is lead only because a
    //   release from Gwent is the source. No time is given and none is rendered.
    // - 63 arrests, £260,000 cash, 18 kg amphetamine, 4,580 cannabis plants, two shotguns: as reported. Crack, heroin
    //   and cocaine are said to be found without an amount, as the source gives only values.
    // - "multiple cars" and "multiple mobile phones" keep the source's word.
    // - "63 people were safeguarded": the source says 63 vulnerable adults and children identified and safeguarded.
    // Not expressed: Tarian ROCU's coordinating role (a unit of no single force, and no "coordinated by" role), eight
    // county lines dismantled, street values ("more than £3.15 million" in total, "up to" per drug), the knives,
    // hammers and lighter fluid of "a variety of weapons", the engagement event "over 400".
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("TarianSouthernWalesWeek2023", Build());
}
