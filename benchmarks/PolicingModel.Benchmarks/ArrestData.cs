using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Benchmarks;

/// <summary>
/// Deterministic generated arrests for benchmarks. Every arrest gets its own objects (person, home place, suspected
/// offence, outcome), as a deserializer would produce them; only the reference <see cref="Offence"/> definitions are shared.
/// </summary>
public static class ArrestData
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>Generates <paramref name="count"/> arrests and the cash (GBP) seized on each.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="firstId">The number in the first arrest's id ("a0" by default), so that files written in parts have unique ids.</param>
    /// <returns>Arrests and cash, index for index.</returns>
    public static (Arrest[] Arrests, decimal[] CashGbp) Generate(int count, int seed, long firstId = 0)
    {
        var random = new Random(seed);
        var arrests = new Arrest[count];
        var cash = new decimal[count];
        EquatableArray<Offence> offences = Offences.All;
        for (int i = 0; i < count; i++)
        {
            Offence offence = offences[random.Next(offences.Length)];
            SuspectedOffence suspected = offence.TakesDrugClass
                ? new SuspectedOffence(offence, random.Next(4) == 0 ? InchoateForm.Conspiracy : InchoateForm.None, random.Next(3) == 0 ? DrugClass.B : DrugClass.A)
                : new SuspectedOffence(offence);
            Place? home = random.Next(10) switch
            {
                < 4 => Place.InBorough((LondonBorough)random.Next(1, 34)),
                4 => Place.InLondon("Somewhere", (LondonBorough)random.Next(1, 34)),
                < 7 => Place.InForceArea((PoliceForce)random.Next(1, 47)),
                < 9 => Place.InLocality("Elsewhere", (PoliceForce)random.Next(1, 47)),
                _ => null,
            };
            Age age = random.Next(20) switch
            {
                0 => Age.Juvenile,
                1 => Age.Unknown,
                _ => Age.Exactly(random.Next(10, 81)),
            };
            var person = new ArrestedPerson(
                age,
                (Sex)random.Next(3),
                home,
                (SelfDefinedEthnicity)random.Next(19),
                (OfficerDefinedEthnicity)random.Next(7));
            ArrestOutcome outcome = random.Next(8) switch
            {
                0 => new RemainsInCustody(),
                1 => new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2025, 3, 1))),
                2 => new ReleasedUnderInvestigation(),
                3 => new Charged(remandedInCustody: random.Next(2) == 0),
                4 => new Cautioned(random.Next(2) == 0),
                5 => new CommunityResolution(),
                6 => new NoFurtherAction(),
                _ => new RecalledToPrison(),
            };
            PoliceForce force = random.Next(3) == 0 ? PoliceForce.Metropolitan : (PoliceForce)random.Next(1, 47);
            arrests[i] = new Arrest(
                new ArrestId("a" + (firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Start + Duration.FromMinutes(random.Next(365 * 24 * 60)),
                person,
                [suspected],
                force,
                outcome);
            cash[i] = random.Next(10) < 8 ? 0m : random.Next(1, 5_000_000) / 100m;
        }
        return (arrests, cash);
    }
}
