using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

/// <summary>Every weapon, vehicle and premises kind has its own words in a press release: none reads as "other" but the Other kinds. (A lone bullet starts with a capital, so lines are compared ignoring case.)</summary>
public sealed class SeizureNounsTest
{
    public static TheoryData<WeaponKind, string, string> Weapons => new()
    {
        { WeaponKind.Handgun, "– a handgun was recovered", "– two handguns were recovered" },
        { WeaponKind.Shotgun, "– a shotgun was recovered", "– two shotguns were recovered" },
        { WeaponKind.SawnOffShotgun, "– a sawn-off shotgun was recovered", "– two sawn-off shotguns were recovered" },
        { WeaponKind.Rifle, "– a rifle was recovered", "– two rifles were recovered" },
        { WeaponKind.ConvertedFirearm, "– a converted firearm was recovered", "– two converted firearms were recovered" },
        { WeaponKind.ReactivatedFirearm, "– a reactivated firearm was recovered", "– two reactivated firearms were recovered" },
        { WeaponKind.DeactivatedFirearm, "– a deactivated firearm was recovered", "– two deactivated firearms were recovered" },
        { WeaponKind.BbOrSoftAirGun, "– a BB or soft air gun was recovered", "– two BB or soft air guns were recovered" },
        { WeaponKind.StunGun, "– a stun gun was recovered", "– two stun guns were recovered" },
        { WeaponKind.CsOrPepperSpray, "– a CS or pepper spray was recovered", "– two CS or pepper sprays were recovered" },
        { WeaponKind.Machete, "– a machete was recovered", "– two machetes were recovered" },
        { WeaponKind.ZombieStyleKnife, "– a zombie-style knife was recovered", "– two zombie-style knives were recovered" },
        { WeaponKind.Knuckleduster, "– a knuckleduster was recovered", "– two knuckledusters were recovered" },
        { WeaponKind.ThrowingStar, "– a throwing star was recovered", "– two throwing stars were recovered" },
        { WeaponKind.ButterflyKnife, "– a butterfly knife was recovered", "– two butterfly knives were recovered" },
        { WeaponKind.TelescopicTruncheon, "– a telescopic truncheon was recovered", "– two telescopic truncheons were recovered" },
    };

    [Theory]
    [MemberData(nameof(Weapons))]
    public void Weapons_are_named(WeaponKind kind, string one, string two)
    {
        Lines(new WeaponSeized(kind)).Should().Contain(l => l.StartsWith(one, StringComparison.OrdinalIgnoreCase));
        Lines(new WeaponSeized(kind, ReportedCount.Exactly(2))).Should().Contain(l => l.StartsWith(two, StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<VehicleKind, string, string> Vehicles => new()
    {
        { VehicleKind.HeavyGoodsVehicle, "– an HGV seized", "– two HGVs seized" },
        { VehicleKind.BusOrCoach, "– a bus or coach seized", "– two buses or coaches seized" },
        { VehicleKind.Minibus, "– a minibus seized", "– two minibuses seized" },
        { VehicleKind.TaxiOrPrivateHire, "– a taxi or private hire car seized", "– two taxis or private hire cars seized" },
        { VehicleKind.AgriculturalVehicle, "– an agricultural vehicle seized", "– two agricultural vehicles seized" },
        { VehicleKind.Trailer, "– a trailer seized", "– two trailers seized" },
        { VehicleKind.Boat, "– a boat seized", "– two boats seized" },
    };

    [Theory]
    [MemberData(nameof(Vehicles))]
    public void Vehicles_are_named(VehicleKind kind, string one, string two)
    {
        Lines(new VehicleSeized(kind)).Should().Contain(l => l.StartsWith(one, StringComparison.OrdinalIgnoreCase));
        Lines(new VehicleSeized(kind, ReportedCount.Exactly(2))).Should().Contain(l => l.StartsWith(two, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void No_kind_but_other_reads_as_other()
    {
        foreach (WeaponKind kind in Enum.GetValues<WeaponKind>().Where(k => k != WeaponKind.OtherBladedArticle && k != WeaponKind.OtherOffensiveWeapon))
        {
            Lines(new WeaponSeized(kind, ReportedCount.Exactly(3))).Should().NotContain(l => l.Contains("other", StringComparison.OrdinalIgnoreCase), kind.ToString());
        }
        foreach (VehicleKind kind in Enum.GetValues<VehicleKind>().Where(k => k != VehicleKind.Other))
        {
            Lines(new VehicleSeized(kind, ReportedCount.Exactly(3))).Should().NotContain(l => l.Contains("other", StringComparison.OrdinalIgnoreCase), kind.ToString());
        }
    }

    [Theory]
    [InlineData(PremisesKind.NotStated, "during a search of an address in Croydon")]
    [InlineData(PremisesKind.Residential, "during a search of an address in Croydon")]
    [InlineData(PremisesKind.ResidentialOutbuilding, "during a search of an address in Croydon")]
    [InlineData(PremisesKind.Business, "during a search of premises in Croydon")]
    [InlineData(PremisesKind.Other, "during a search of premises in Croydon")]
    [InlineData(PremisesKind.Vehicle, "during a search of a vehicle in Croydon")]
    [InlineData(PremisesKind.SchoolOrFurtherEducation, "during a search of school premises in Croydon")]
    public void A_search_under_warrant_names_its_premises(PremisesKind kind, string expected)
    {
        var warrant = new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, Place.InBorough(LondonBorough.Croydon), kind,
            issuedOn: new LocalDate(2024, 3, 1), execution: new WarrantExecution(Examples.Dawn));
        var seizure = new Seizure(new SeizureId("s1"), new WeaponSeized(WeaponKind.Knife), underWarrant: warrant.Id);
        string[] lines = PressReleaseRenderer.Render(Examples.Operation(warrants: [warrant], seizures: [seizure])).Split('\n');
        lines.Should().Contain(l => l.StartsWith("– a knife was recovered " + expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_arrest_on_a_warrant_or_for_breach_of_bail_is_not_said_to_be_suspected()
    {
        Arrest Arrest(params SuspectedOffence[] offences) => new(
            new ArrestId("a1"), Examples.Dawn, new ArrestedPerson(Age.Exactly(30), Sex.Male), offences, PoliceForce.Kent, new RemainsInCustody());
        PressReleaseRenderer.DescribeArrest(Arrest(new SuspectedOffence(Offences.WantedOnWarrant)))
            .Should().Be("A 30-year-old man was arrested on a warrant");
        PressReleaseRenderer.DescribeArrest(Arrest(new SuspectedOffence(Offences.Robbery), new SuspectedOffence(Offences.BreachOfBailConditions)))
            .Should().Be("A 30-year-old man was arrested on suspicion of robbery and for breaching bail conditions");
    }

    private static string[] Lines(SeizedItem item) =>
        PressReleaseRenderer.Render(Examples.Operation(seizures: [new Seizure(new SeizureId("s1"), item)])).Split('\n');
}
