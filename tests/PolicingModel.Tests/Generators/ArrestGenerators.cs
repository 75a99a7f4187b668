using CsCheck;
using NodaTime;
using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Generators;

/// <summary>CsCheck generators of valid <see cref="Arrest"/> records with realistic variety, built from the reference offence list.</summary>
public static class ArrestGenerators
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>Suspected offences: every reference offence, drug offences with a class, some conspiracies.</summary>
    public static readonly SuspectedOffence[] SuspectedOffences = BuildSuspectedOffences();

    /// <summary>One outcome of every kind (and a few variants).</summary>
    public static readonly ArrestOutcome[] Outcomes =
    [
        new RemainsInCustody(),
        new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2025, 3, 1), new LocalDate(2025, 6, 1))),
        new ReleasedUnderInvestigation(),
        new ReleasedUnderInvestigation(Start),
        new Charged(),
        new Charged(remandedInCustody: true),
        new Cautioned(),
        new Cautioned(conditional: true),
        new CommunityResolution(),
        new NoFurtherAction(),
        new RecalledToPrison(),
        new PutBeforeCourt(),
        new OutcomeNotReported(),
    ];

    /// <summary>Ages: mostly exact 10–80, some bands, ranges and unknown.</summary>
    public static readonly Gen<Age> Age = Gen.Select(Gen.Int[0, 99], Gen.Int[10, 80], (kind, years) => kind switch
    {
        < 80 => PolicingModel.Age.Exactly(years),
        < 85 => PolicingModel.Age.Juvenile,
        < 88 => PolicingModel.Age.Adult,
        < 92 => PolicingModel.Age.Between(25, 29),
        < 95 => PolicingModel.Age.Between(25, 35),
        _ => PolicingModel.Age.Unknown,
    });

    /// <summary>Home areas: boroughs, London localities, localities and force areas elsewhere, and unknown.</summary>
    public static readonly Gen<Place?> HomeArea = Gen.Select(Gen.Int[0, 9], Gen.Int[1, 33], Gen.Int[1, 46], (kind, borough, force) => kind switch
    {
        < 3 => Place.InBorough((LondonBorough)borough),
        < 4 => Place.InLondon("Somewhere", (LondonBorough)borough),
        < 6 => Place.InForceArea((PoliceForce)force),
        < 8 => Place.InLocality("Elsewhere", (PoliceForce)force),
        _ => (Place?)null,
    });

    /// <summary>An arrested person.</summary>
    public static readonly Gen<ArrestedPerson> Person = Gen.Select(
        Age, Gen.Int[0, 2], HomeArea, Gen.Int[0, 18], Gen.Int[0, 6],
        (age, sex, home, self, officer) => new ArrestedPerson(age, (Sex)sex, home, (SelfDefinedEthnicity)self, (OfficerDefinedEthnicity)officer));

    /// <summary>A valid arrest: one or two suspected offences, any force, any outcome, within 2025.</summary>
    public static readonly Gen<Arrest> Arrest = Gen.Select(
        Gen.Int[1, int.MaxValue], Gen.Int[0, 364 * 24 * 60], Person, Gen.Int[0, SuspectedOffences.Length - 1], Gen.Int[-1, SuspectedOffences.Length - 1],
        Gen.Int[1, 46], Gen.Int[0, Outcomes.Length - 1],
        (id, minutes, person, principal, second, force, outcome) => new Arrest(
            new ArrestId("a" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Start + Duration.FromMinutes(minutes),
            person,
            second < 0 ? [SuspectedOffences[principal]] : [SuspectedOffences[principal], SuspectedOffences[second]],
            (PoliceForce)force,
            Outcomes[outcome]));

    /// <summary>Cash seized on an arrest in pounds: none for most, up to £50,000 in pence for some.</summary>
    public static readonly Gen<decimal> Cash = Gen.Select(Gen.Int[0, 9], Gen.Int[1, 5_000_000], (kind, pence) => kind < 7 ? 0m : pence / 100m);

    /// <summary>An arrest with the cash seized on it.</summary>
    public static readonly Gen<(Arrest Arrest, decimal Cash)> ArrestWithCash = Gen.Select(Arrest, Cash, (arrest, cash) => (arrest, cash));

    /// <summary>A valid set of dimensions (never both ethnicity dimensions).</summary>
    public static readonly Gen<ArrestDimension> Dimensions = Gen.Int[0, 255].Select(bits =>
    {
        var dimensions = (ArrestDimension)bits;
        const ArrestDimension both = ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup;
        return (dimensions & both) == both ? dimensions & ~ArrestDimension.OfficerDefinedEthnicityGroup : dimensions;
    });

    private static SuspectedOffence[] BuildSuspectedOffences()
    {
        var list = new List<SuspectedOffence>();
        foreach (Offence offence in Offences.All)
        {
            if (offence.TakesDrugClass)
            {
                list.Add(new SuspectedOffence(offence, drugClass: DrugClass.A));
                list.Add(new SuspectedOffence(offence, drugClass: DrugClass.B));
                list.Add(new SuspectedOffence(offence, InchoateForm.Conspiracy, DrugClass.A));
            }
            else
            {
                list.Add(new SuspectedOffence(offence));
            }
        }
        return [.. list];
    }
}
