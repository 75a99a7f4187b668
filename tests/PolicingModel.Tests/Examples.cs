namespace PolicingModel.Tests;

/// <summary>Small valid records for tests, each varied by named arguments.</summary>
internal static class Examples
{
    internal static readonly Instant Dawn = EnglandAndWales.InstantOf(new LocalDateTime(2024, 3, 12, 5, 0));

    internal static SuspectedOffence ClassASupply { get; } = new(Offences.ConcernedInSupply, drugClass: DrugClass.A);

    internal static ArrestedPerson Person(int age = 30, PersonalIdentifiers? identifiers = null) =>
        new(Age.Exactly(age), Sex.Male, Place.InBorough(LondonBorough.Lambeth), SelfDefinedEthnicity.WhiteBritish, identifiers: identifiers);

    internal static Arrest Arrest(string id = "a1", Instant? at = null, WarrantId? warrant = null, ArrestedPerson? person = null, ArrestOutcome? outcome = null) =>
        new(new ArrestId(id), at ?? Dawn, person ?? Person(), [ClassASupply], PoliceForce.Metropolitan, outcome ?? new RemainsInCustody(), warrant: warrant);

    internal static Warrant Warrant(string id = "w1", Instant? executedAt = null) =>
        new(new WarrantId(id), WarrantKind.SpecificPremisesSearch, Place.InBorough(LondonBorough.Croydon), PremisesKind.Residential,
            issuedOn: new LocalDate(2024, 3, 1),
            execution: new WarrantExecution(executedAt ?? Dawn));

    internal static Operation Operation(
        EquatableArray<Arrest> arrests = default,
        EquatableArray<Warrant> warrants = default,
        EquatableArray<Seizure> seizures = default,
        EquatableArray<SafeguardingAction> safeguarding = default,
        EquatableArray<ReportedTotal> totals = default,
        Instant? start = null,
        Instant? end = null) =>
        new(new OperationId("op"), "Test operation", PoliceForce.Metropolitan, new Interval(start ?? Dawn, end),
            warrants: warrants, arrests: arrests, seizures: seizures, safeguarding: safeguarding, reportedTotals: totals);
}
