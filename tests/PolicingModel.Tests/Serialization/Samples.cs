using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>Hand-built record graphs that exercise every kind in the contract.</summary>
internal static class Samples
{
    internal static readonly Instant Dawn = Instant.FromUtc(2020, 10, 29, 5, 0);

    internal static Arrest Arrest(string id = "a1", ArrestOutcome? outcome = null) => new(
        new ArrestId(id),
        Dawn.Plus(Duration.FromMinutes(12)),
        new ArrestedPerson(
            Age.Exactly(26),
            Sex.Male,
            Place.InBorough(LondonBorough.Lambeth),
            SelfDefinedEthnicity.BlackCaribbean,
            OfficerDefinedEthnicity.Black,
            new PersonId("p1"),
            new PersonalIdentifiers(name: "Test Person", dateOfBirth: new LocalDate(1994, 3, 1))),
        [
            new SuspectedOffence(Offences.ConcernedInSupply, InchoateForm.None, DrugClass.A, Substances.CrackCocaine),
            new SuspectedOffence(Offences.SlaveryServitudeForcedLabour),
        ],
        PoliceForce.Metropolitan,
        outcome ?? new Charged([new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A)], Dawn.Plus(Duration.FromHours(20)), remandedInCustody: true),
        Place.InLondon("South Norwood", LondonBorough.Croydon),
        new WarrantId("w1"),
        new CustodyDetails(Dawn.Plus(Duration.FromMinutes(55)), "Croydon"));

    internal static PublicEvent Carnival() => new(
        new PublicEventId("notting-hill-carnival-2023"),
        "Notting Hill Carnival",
        Place.InBorough(LondonBorough.KensingtonAndChelsea),
        [
            new Interval(Instant.FromUtc(2023, 8, 27, 9, 0), Instant.FromUtc(2023, 8, 27, 19, 0)),
            new Interval(Instant.FromUtc(2023, 8, 28, 9, 0), Instant.FromUtc(2023, 8, 28, 19, 0)),
        ]);

    internal static Bail PreChargeBail() => new(
        BailKind.PreCharge,
        new LocalDate(2023, 8, 20),
        new LocalDate(2023, 11, 19),
        [
            new NotToAttendEvent(Carnival(), new DateInterval(new LocalDate(2023, 8, 26), new LocalDate(2023, 8, 29))),
            new ExclusionZone(Place.InBorough(LondonBorough.KensingtonAndChelsea)),
            new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)),
            new Residence(),
            new ReportToStation("Brixton", [IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday]),
            new NoContact("prosecution witnesses"),
            new Doorstep(),
            new SurrenderPassport(),
            new OtherBailCondition("not to use more than one mobile phone"),
        ],
        [new BailExtension(new LocalDate(2023, 11, 10), BailAuthority.Inspector, new LocalDate(2024, 2, 19))]);

    internal static Operation Operation() => new(
        new OperationId("op-2020-10-29-vctf"),
        "Violent Crime Taskforce warrants",
        PoliceForce.Metropolitan,
        new Interval(Dawn, null),
        new PolicingUnit(PoliceForce.Metropolitan, "Violent Crime Taskforce"),
        "Autumn Nights",
        "To disrupt county lines drug supply",
        [OperationFocus.CountyLines, OperationFocus.Exploitation],
        [new PolicingUnit(PoliceForce.Metropolitan, "Lambeth and Southwark BCU", BasicCommandUnit.LambethSouthwark)],
        [PoliceForce.Kent],
        Carnival(),
        new YearMonth(2020, 5),
        [
            new Warrant(
                new WarrantId("w1"),
                WarrantKind.SpecificPremisesSearch,
                Place.AtAddress(new PostalAddress(["1 High Street", "London"], "SE25 1AA"), PoliceForce.Metropolitan, "South Norwood", LondonBorough.Croydon),
                PremisesKind.Residential,
                WarrantLegislation.MisuseOfDrugsAct1971Section23,
                new LocalDate(2020, 10, 27),
                new WarrantExecution(Dawn, WarrantResult.Successful)),
        ],
        [
            Arrest("a1"),
            Arrest("a2", new Bailed(PreChargeBail())),
            Arrest("a3", new ReleasedUnderInvestigation(Dawn.Plus(Duration.FromHours(30)).Plus(Duration.FromNanoseconds(123456789)))),
            Arrest("a4", new RemainsInCustody()),
            Arrest("a5", new Cautioned(conditional: true)),
            Arrest("a6", new CommunityResolution()),
            Arrest("a7", new NoFurtherAction()),
            Arrest("a8", new RecalledToPrison()),
        ],
        [
            new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(20000m, Precision.Approximate)), seizedAt: Dawn, fromArrest: new ArrestId("a1")),
            new Seizure(new SeizureId("s2"), new DrugsSeized(Substances.CrackCocaine, DrugClass.A, new Quantity(34m, QuantityUnit.Wraps))),
            new Seizure(new SeizureId("s3"), new DrugsSeized(statedClass: DrugClass.B, quantity: new Quantity(2.5m, QuantityUnit.Kilograms, Precision.Approximate))),
            new Seizure(new SeizureId("s4"), new WeaponSeized(WeaponKind.Knife), Place.InLondon("South Norwood", LondonBorough.Croydon), underWarrant: new WarrantId("w1")),
            new Seizure(new SeizureId("s5"), new PhonesSeized(new ReportedCount(12), new ReportedCount(30, Precision.MoreThan))),
            new Seizure(new SeizureId("s6"), new VehicleSeized(VehicleKind.Car, ReportedCount.Exactly(2))),
            new Seizure(new SeizureId("s7"), new OtherPropertySeized("digital scales")),
        ],
        [
            new SafeguardingAction(new SafeguardingActionId("sg1"), SafeguardingKind.NationalReferralMechanismReferral, [PartnerAgency.LocalAuthority, PartnerAgency.HomeOffice], Dawn, new ReportedCount(2), Age.Juvenile, new ArrestId("a1")),
        ],
        [
            new ReportedTotal(ReportedMeasure.Arrests, new ReportedCount(55, Precision.Exact), [new SuspectedOffence(Offences.PossessionWithIntentToSupply)], new SuspectedOffence(Offences.PossessionWithIntentToSupply), areas: [Place.InLocality("Chatham", PoliceForce.Kent)]),
            new ReportedTotal(ReportedMeasure.BailedWithConditions, null, conditions: [new NotToAttendEvent(Carnival())]),
        ],
        [new SourceReference(SourceKind.PressRelease, "Metropolitan Police Service", "Dawn raids target county lines", new LocalDate(2020, 10, 29), new Uri("https://news.met.police.uk/news/example"))]);

    internal static PolicingDocument Document() => PolicingDocument.Create([Operation()], [Arrest("standalone-1", new NoFurtherAction())]);
}
