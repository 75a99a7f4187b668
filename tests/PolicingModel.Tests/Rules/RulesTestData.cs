using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Rules;

/// <summary>Builders for the records the rule tests need; times are given in England and Wales local time.</summary>
internal static class RulesTestData
{
    internal static Instant Local(int year, int month, int day, int hour, int minute) =>
        EnglandAndWales.InstantOf(new LocalDateTime(year, month, day, hour, minute));

    internal static Arrest Arrest(
        Instant arrestedAt,
        CustodyDetails? custody = null,
        ArrestOutcome? outcome = null,
        Age? age = null) =>
        new(
            new ArrestId("A1"),
            arrestedAt,
            new ArrestedPerson(age ?? Age.Exactly(26), Sex.Male),
            [new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A)],
            PoliceForce.Metropolitan,
            outcome ?? new RemainsInCustody(),
            custody: custody);
}
