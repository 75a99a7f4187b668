using PolicingModel.Reference;

namespace PolicingModel.Samples;

/// <summary>
/// The Met's county lines warrants of Thursday 29 October 2020, as its press release describes them: seven warrants at
/// 05:00 by the Violent Crime Taskforce, supported by the South Area BCU, the Territorial Support Group and Kent Police;
/// seven arrests; around £20,000 cash, Class A and B drugs and a knife seized; safeguarding with the local authority.
/// </summary>
/// <remarks>
/// Only what the release states is recorded. Where it is silent the record says so rather than guessing: warrant
/// premises are unknown except the South Norwood address where the knife was found; arrest times are taken as the
/// 05:00 warrant time (the release gives no separate times); the arresting force is taken as the lead force; the
/// release's "modern slavery" does not name a section, and is recorded as the s.1 offence.
/// </remarks>
public static class CountyLinesWarrantsOperation
{
    /// <summary>05:00 on 29 October 2020 in London (GMT: the clocks went back on 25 October).</summary>
    public static Instant WarrantTime { get; } = EnglandAndWales.InstantOf(new LocalDateTime(2020, 10, 29, 5, 0));

    private static readonly Place SouthNorwood = Place.InLondon("South Norwood", LondonBorough.Croydon);

    /// <summary>The operation.</summary>
    public static Operation Operation { get; } = Build();

    private static Operation Build()
    {
        SuspectedOffence concernedInSupplyOfClassA = new(Offences.ConcernedInSupply, drugClass: DrugClass.A);
        SuspectedOffence modernSlavery = new(Offences.SlaveryServitudeForcedLabour);
        SuspectedOffence criminalProperty = new(Offences.PossessionOfCriminalProperty);
        SuspectedOffence possessionOfCannabis = new(Offences.Possession, drugClass: DrugClass.B, substance: Substances.Cannabis);
        SuspectedOffence intentToSupplyClassA = new(Offences.PossessionWithIntentToSupply, drugClass: DrugClass.A);
        SuspectedOffence conspiracyToSupplyClassA = new(Offences.Supply, InchoateForm.Conspiracy, DrugClass.A);

        Arrest Arrested(string id, int age, Sex sex, Place homeArea, params SuspectedOffence[] offences) =>
            new(new ArrestId(id), WarrantTime, new ArrestedPerson(Age.Exactly(age), sex, homeArea), [.. offences],
                PoliceForce.Metropolitan, new RemainsInCustody());

        Place lambeth = Place.InBorough(LondonBorough.Lambeth);
        Place croydon = Place.InBorough(LondonBorough.Croydon);
        Place chatham = Place.InLocality("Chatham", PoliceForce.Kent);

        EquatableArray<Warrant> warrants =
        [
            .. Enumerable.Range(1, 6).Select(n => new Warrant(
                new WarrantId($"w{n}"), WarrantKind.SpecificPremisesSearch, execution: new WarrantExecution(WarrantTime))),
            new Warrant(
                new WarrantId("w7"), WarrantKind.SpecificPremisesSearch, SouthNorwood, PremisesKind.Residential,
                execution: new WarrantExecution(WarrantTime, WarrantResult.Successful)),
        ];

        return new Operation(
            new OperationId("met-vctf-county-lines-2020-10-29"),
            "County lines warrants, 29 October 2020",
            PoliceForce.Metropolitan,
            new Interval(WarrantTime, null),
            leadUnit: new PolicingUnit(PoliceForce.Metropolitan, "Violent Crime Taskforce"),
            campaign: "Autumn Nights",
            purpose: "Arrest high-harm offenders behind county lines drug supply who exploit young people to carry drugs out of London.",
            focus: [OperationFocus.CountyLines, OperationFocus.DrugSupply, OperationFocus.Exploitation, OperationFocus.HighHarmOffenders, OperationFocus.Violence],
            supportingUnits:
            [
                new PolicingUnit(PoliceForce.Metropolitan, "South Area BCU", BasicCommandUnit.BromleyCroydonSutton),
                new PolicingUnit(PoliceForce.Metropolitan, "Territorial Support Group"),
            ],
            partnerForces: [PoliceForce.Kent],
            investigationStarted: new YearMonth(2020, 5),
            warrants: warrants,
            arrests:
            [
                Arrested("a1", 26, Sex.Male, lambeth, concernedInSupplyOfClassA, modernSlavery),
                Arrested("a2", 22, Sex.Male, SouthNorwood, concernedInSupplyOfClassA, modernSlavery),
                Arrested("a3", 18, Sex.Male, lambeth, concernedInSupplyOfClassA, modernSlavery),
                Arrested("a4", 22, Sex.Male, croydon, criminalProperty, possessionOfCannabis),
                Arrested("a5", 19, Sex.Male, croydon, intentToSupplyClassA, criminalProperty),
                Arrested("a6", 21, Sex.Female, chatham, concernedInSupplyOfClassA),
                Arrested("a7", 40, Sex.Male, chatham, concernedInSupplyOfClassA),
            ],
            seizures:
            [
                new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(20_000m, Precision.Approximate)), seizedAt: WarrantTime),
                new Seizure(new SeizureId("s2"), new DrugsSeized(statedClass: DrugClass.A), seizedAt: WarrantTime),
                new Seizure(new SeizureId("s3"), new DrugsSeized(statedClass: DrugClass.B), seizedAt: WarrantTime),
                new Seizure(new SeizureId("s4"), new WeaponSeized(WeaponKind.Knife), SouthNorwood, WarrantTime, underWarrant: new WarrantId("w7")),
            ],
            safeguarding:
            [
                new SafeguardingAction(
                    new SafeguardingActionId("sg1"), SafeguardingKind.SafeguardingMeasures,
                    [PartnerAgency.LocalAuthority, PartnerAgency.Unspecified], at: WarrantTime),
            ],
            reportedTotals:
            [
                // The headline names conspiracy to supply, which none of the itemised arrests does.
                new ReportedTotal(
                    ReportedMeasure.Arrests, ReportedCount.Exactly(7),
                    [conspiracyToSupplyClassA, criminalProperty, modernSlavery],
                    source: Sources.CountyLinesPressRelease),
                new ReportedTotal(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(7), source: Sources.CountyLinesPressRelease),
            ],
            sources: [Sources.CountyLinesPressRelease]);
    }
}
