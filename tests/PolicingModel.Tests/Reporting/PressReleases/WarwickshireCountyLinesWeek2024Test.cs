using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: https://www.warwickshireworld.com/news/crime/county-lines-crackdown-arrests-made-and-drugs-weapons-and-cash-seized-in-warwickshire-4898463
// Publisher: Warwickshire World, reporting a Warwickshire Police summary; published 6 December 2024 (page metadata).
// Research notes: docs/research/press/01-warwickshire-cliw-nov-2024.md (verified partial: the opening of the page only).
// Kind: week of action (national county lines intensification week), totals only, no outcomes given.
// "5 bags of blue meth" is recorded as methamphetamine (our reading of the slang); "decommissioned firearm" as a
// deactivated firearm (the nearest kind; unverified that the source means a legally deactivated one).
// 16 facts, 16 lines
public sealed class WarwickshireCountyLinesWeek2024Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("warwickshire-cliw-2024"), "County lines intensification week, Warwickshire", PoliceForce.Warwickshire,
            Operation.Days(new LocalDate(2024, 11, 25), new LocalDate(2024, 12, 1)));                             // 1 the week, 25 Nov to 1 Dec
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(19), offenceGroups: [OffenceGroup.Drugs])); // 2 19 arrests for drug-related offences
        op.Seize(DrugsSeized.Of(Substances.CrackCocaine, 90m, QuantityUnit.Wraps));                              // 3
        op.Seize(DrugsSeized.Of(Substances.Heroin, 82m, QuantityUnit.Wraps));                                    // 4
        op.Seize(DrugsSeized.Of(Substances.Cannabis, 150m, QuantityUnit.Plants));                                // 5
        op.Seize(DrugsSeized.Of(Substances.Cocaine, 6m, QuantityUnit.Grams));                                    // 6
        op.Seize(DrugsSeized.Of(Substances.Methamphetamine, 5m, QuantityUnit.Bags));                             // 7 "blue meth"
        op.Seize(new PhonesSeized(ReportedCount.Exactly(12), ReportedCount.Exactly(2)));                         // 8 12 phones, 2 SIM cards
        op.Seize(CashSeized.Pounds(17_857m));                                                                    // 9
        op.Seize(new WeaponSeized(WeaponKind.DeactivatedFirearm));                                               // 10 "decommissioned firearm"
        op.Seize(new WeaponSeized(WeaponKind.AirWeapon));                                                        // 11 air rifle
        op.Seize(new WeaponSeized(WeaponKind.BbOrSoftAirGun, ReportedCount.Exactly(4)));                         // 12 BB guns
        op.Seize(new WeaponSeized(WeaponKind.Knife, ReportedCount.Exactly(3)));                                  // 13
        op.Safeguarding.AddRange(Enumerable.Range(1, 4).Select(n => new SafeguardingAction(new SafeguardingActionId($"nrm-{n}"), SafeguardingKind.NationalReferralMechanismReferral))); // 14
        op.Safeguarding.AddRange(Enumerable.Range(1, 15).Select(n => new SafeguardingAction(new SafeguardingActionId($"visit-{n}"), SafeguardingKind.WelfareVisit)));                   // 15
        op.Campaign = "National county lines intensification week";                                             // 16
        return op.ToOperation();
    }

    // Reviewed against the source:
    // - Lead: "ran between Monday 25 November and Sunday 1 December 2024" matches the stated week; no time is given.
    // - "19 arrests for drug offences": the source says the arrests were for drug-related offences; no per-person detail
    //   is invented.
    // - Drugs: each figure as reported; the class line (A and B) follows from the substances (methamphetamine is
    //   Class A since 2007, cannabis Class B since 2009). "5 bags of methamphetamine" rests on reading "blue meth".
    // - Phones, SIM cards, cash and the four weapon kinds as reported; "a deactivated firearm" is our nearest kind for
    //   "decommissioned" (noted above).
    // - Safeguarding: four NRM referrals and 15 welfare visits (the source: visits to people previously exploited).
    // - No outcomes paragraph: the source gives none, and none is rendered.
    // Not expressed (the model has no place for them): the closure order at a Nuneaton building, 178 intelligence logs,
    // school/college/hotel/taxi engagement, the one warrant at a Leamington cannabis farm (a total of warrants is not
    // given, so "one warrant" would say more than the source), and the one man arrested over a sweet shop (his time
    // of arrest is unknown and an itemised arrest needs an instant).
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("WarwickshireCountyLinesWeek2024", Build());
}
