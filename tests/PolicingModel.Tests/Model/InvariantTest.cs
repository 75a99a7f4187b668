namespace PolicingModel.Tests.Model;

/// <summary>Every record refuses nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class InvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "negative money", () => _ = Money.Pounds(-5m), "amount", "*must not be negative*" },
        { "unset currency", () => _ = new Money(5m, default), "currency", "*must be set*" },
        { "lower-case currency", () => _ = new Currency("gbp"), "code", "*three-letter upper-case ISO 4217*" },
        { "quantity without unit", () => _ = new Quantity(2m, QuantityUnit.None), "unit", "*must be set*" },
        { "negative quantity", () => _ = new Quantity(-1m, QuantityUnit.Grams), "value", "*must not be negative*" },
        { "age over 120", () => _ = Age.Exactly(121), "years", "*range [0-120]*" },
        { "age below 0", () => _ = Age.Exactly(-1), "years", "*range [0-120]*" },
        { "age range reversed", () => _ = Age.Between(30, 20), "maxYears", "*range [30-120]*" },
        { "blank id", () => _ = new ArrestId(" "), "value", "*must not be empty*" },
        { "overlong id", () => _ = new WarrantId(new string('x', 129)), "value", "*at most 128*" },
        { "unset id", () => _ = new Arrest(default, Examples.Dawn, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody()), "id", "*must be set*" },
        { "arrest without offences", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [], PoliceForce.Metropolitan, new RemainsInCustody()), "offences", "*at least one*" },
        { "arrest with unset force", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [Examples.ClassASupply], default, new RemainsInCustody()), "force", "*must be set*" },
        { "booked in before arrest", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody(), custody: new CustodyDetails(Examples.Dawn - Duration.FromHours(1))), "custody", "*must not be before the arrest*" },
        { "empty operation name", () => _ = new Operation(new OperationId("op"), "", PoliceForce.Kent, new Interval(Examples.Dawn, null)), "name", "*must not be empty*" },
        { "operation without start", () => _ = new Operation(new OperationId("op"), "Op", PoliceForce.Kent, new Interval(null, Examples.Dawn)), "period", "*must have a start*" },
        { "lead force as partner", () => _ = new Operation(new OperationId("op"), "Op", PoliceForce.Kent, new Interval(Examples.Dawn, null), partnerForces: [PoliceForce.Kent]), "partnerForces", "*must not include the lead force*" },
        { "home area as an address", () => _ = new ArrestedPerson(Age.Exactly(20), Sex.Male, Place.AtAddress(new PostalAddress(["1 High Street"]), PoliceForce.Kent)), "homeArea", "*not an address*" },
        { "borough with a non-London force", () => _ = Place.Create(PlacePrecision.Borough, null, null, LondonBorough.Croydon, PoliceForce.Kent), "force", "*polices London*" },
        { "locality without a name", () => _ = Place.InLocality(" ", PoliceForce.Kent), "locality", "*must not be empty*" },
        { "drug class on a non-drug offence", () => _ = new SuspectedOffence(Offences.PossessionOfCriminalProperty, drugClass: DrugClass.A), "drugClass", "*only allowed on an offence about controlled drugs*" },
        { "drug seizure with neither substance nor class", () => _ = new DrugsSeized(), "statedClass", "*needs a substance or a statedClass*" },
        { "weapon seizure of none", () => _ = new WeaponSeized(WeaponKind.Knife, ReportedCount.Exactly(0)), "count", "*at least one*" },
        { "weapon kind unset", () => _ = new WeaponSeized(default), "kind", "*must be set*" },
        { "warrant executed before issue", () => _ = new Warrant(new WarrantId("w"), WarrantKind.SpecificPremisesSearch, issuedOn: new LocalDate(2024, 3, 13), execution: new WarrantExecution(Examples.Dawn)), "execution", "*before the warrant was issued*" },
        { "bail answered before granted", () => _ = new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12), new LocalDate(2024, 3, 11)), "answerOn", "*must not be before grantedOn*" },
        { "extension of court bail", () => _ = new Bail(BailKind.Court, new LocalDate(2024, 3, 12), extensions: [new BailExtension(new LocalDate(2024, 4, 1), BailAuthority.Inspector, new LocalDate(2024, 9, 1))]), "extensions", "*only to pre-charge bail*" },
        { "post-charge bail as pre-charge outcome", () => _ = new Bailed(new Bail(BailKind.Court, new LocalDate(2024, 3, 12))), "bail", "*must be PreCharge bail*" },
        { "remanded and bailed", () => _ = new Charged(remandedInCustody: true, bail: new Bail(BailKind.Court, new LocalDate(2024, 3, 12))), "bail", "*both remanded in custody and on bail*" },
        { "curfew of no length", () => _ = new Curfew(new LocalTime(21, 0), new LocalTime(21, 0)), "until", "*must differ*" },
        { "reporting on no day", () => _ = new ReportToStation("Croydon", []), "days", "*at least one day*" },
        { "event without sessions", () => _ = new PublicEvent(new PublicEventId("e"), "Event", Place.InBorough(LondonBorough.Brent), []), "sessions", "*at least one interval*" },
        { "event sessions overlapping", () => _ = new PublicEvent(new PublicEventId("e"), "Event", Place.InBorough(LondonBorough.Brent), [new Interval(Examples.Dawn, Examples.Dawn + Duration.FromHours(5)), new Interval(Examples.Dawn + Duration.FromHours(4), Examples.Dawn + Duration.FromHours(8))]), "sessions", "*must start after the session before it ends*" },
        { "predominant offence not listed", () => _ = new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(5), [Examples.ClassASupply], new SuspectedOffence(Offences.Possession)), "predominantOffence", "*must be one of offences*" },
        { "conditions on an arrest total", () => _ = new ReportedTotal(ReportedMeasure.Arrests, null, conditions: [new Doorstep()]), "conditions", "*only allowed on a BailedWithConditions total*" },
        { "empty personal identifiers", () => _ = new PersonalIdentifiers(), "name", "*at least one of*" },
        { "relative source url", () => _ = new SourceReference(SourceKind.PressRelease, "Met", "Title", url: new Uri("/news", UriKind.Relative)), "url", "*absolute http or https*" },
        { "bad substance code", () => _ = new Substance("Crack Cocaine", "crack", [new DrugClassification(null, DrugClass.A)]), "code", "*lower-case letters*" },
        { "substance history out of order", () => _ = new Substance("x", "x", [new DrugClassification(new LocalDate(2024, 1, 1), DrugClass.C), new DrugClassification(new LocalDate(2023, 1, 1), DrugClass.B)]), "history", "*later than the classification before it*" },
        { "null inside a list", () => _ = new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12), conditions: [null!]), "conditions", "*must not contain nulls*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message)
    {
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
    }
}
