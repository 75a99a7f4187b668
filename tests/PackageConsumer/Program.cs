using NodaTime;
using PolicingModel;
using PolicingModel.Reference;
using PolicingModel.Reporting;
using PolicingModel.Serialization;
using PolicingModel.Validation;

// The README's quick start, compiled against the packed package: CI runs it on the JIT and as a Native AOT binary.
// Exit code 0 only when every check passes, so CI fails if the package alone is not enough.
// --- quick start ---
Instant dawn = EnglandAndWales.InstantOf(new LocalDateTime(2020, 10, 29, 5, 0));
Operation operation = new(
    new OperationId("vctf-2020-10-29"), "County lines warrants", PoliceForce.Metropolitan, new Interval(dawn, null),
    partnerForces: [PoliceForce.Kent],
    warrants: [new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, execution: new WarrantExecution(dawn))],
    arrests: [new Arrest(new ArrestId("a1"), dawn, new ArrestedPerson(Age.Exactly(18), Sex.Male, Place.InBorough(LondonBorough.Lambeth)),
        [new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A)], PoliceForce.Metropolitan, new RemainsInCustody(),
        warrant: new WarrantId("w1"))],
    seizures: [new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(20_000m, Precision.Approximate)))]);

ValidationResult problems = OperationValidator.Validate(operation);   // every cross-record problem; never throws
Console.WriteLine(PressReleaseRenderer.Render(operation));            // "An 18-year-old man from Lambeth was arrested ..."
byte[] json = PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create([operation]));
Operation back = PolicingJson.ReadDocument(json).Operations[0];       // strict: bad input throws PolicingJsonException
// --- end of quick start ---

Console.WriteLine($"validation: {problems}");
Console.WriteLine($"json: {json.Length} bytes, round trip equal: {back == operation}");
return problems.IsValid && back == operation && PressReleaseRenderer.Render(back).Contains("An 18-year-old man from Lambeth", StringComparison.Ordinal) ? 0 : 1;
