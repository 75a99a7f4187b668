using NodaTime;
using PolicingModel;
using PolicingModel.Reference;
using PolicingModel.Validation;

// Builds a small operation through the package's public API, validates it and prints what it holds.
// Exit code 0 only when every check passes, so CI fails if the package alone is not enough.
Instant dawn = EnglandAndWales.InstantOf(new LocalDateTime(2020, 10, 29, 5, 0));
Operation operation = new(
    new OperationId("consumer-check"),
    "Package consumer check",
    PoliceForce.Metropolitan,
    new Interval(dawn, null),
    partnerForces: [PoliceForce.Kent],
    warrants: [new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, Place.InLondon("South Norwood", LondonBorough.Croydon), execution: new WarrantExecution(dawn))],
    arrests:
    [
        new Arrest(
            new ArrestId("a1"), dawn, new ArrestedPerson(Age.Exactly(18), Sex.Male, Place.InBorough(LondonBorough.Lambeth)),
            [new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A)], PoliceForce.Metropolitan, new RemainsInCustody(),
            warrant: new WarrantId("w1")),
    ],
    seizures: [new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(20_000m, Precision.Approximate)))]);

ValidationResult validation = OperationValidator.Validate(operation);
Console.WriteLine($"operation: {operation.Name}");
Console.WriteLine($"arrests: {operation.Arrests.Length}, warrants: {operation.Warrants.Length}, partner: {WireCodes.ToCode(operation.PartnerForces[0])}");
Console.WriteLine($"validation: {validation}");
return validation.IsValid ? 0 : 1;
