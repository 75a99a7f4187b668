using PolicingModel.Serialization;

namespace PolicingModel.Tests.Model;

/// <summary>The weapon, vehicle, premises and arrest-ground kinds added for press-release data keep their wire codes, and seized items of each kind survive a JSON round trip.</summary>
public sealed class KindWireCodesTest
{
    public static TheoryData<WeaponKind, string> WeaponCodes => new()
    {
        { WeaponKind.Handgun, "handgun" },
        { WeaponKind.Shotgun, "shotgun" },
        { WeaponKind.SawnOffShotgun, "sawn-off-shotgun" },
        { WeaponKind.Rifle, "rifle" },
        { WeaponKind.ConvertedFirearm, "converted-firearm" },
        { WeaponKind.ReactivatedFirearm, "reactivated-firearm" },
        { WeaponKind.DeactivatedFirearm, "deactivated-firearm" },
        { WeaponKind.BbOrSoftAirGun, "bb-or-soft-air-gun" },
        { WeaponKind.StunGun, "stun-gun" },
        { WeaponKind.CsOrPepperSpray, "cs-or-pepper-spray" },
        { WeaponKind.Machete, "machete" },
        { WeaponKind.ZombieStyleKnife, "zombie-style-knife" },
        { WeaponKind.Knuckleduster, "knuckleduster" },
        { WeaponKind.ThrowingStar, "throwing-star" },
        { WeaponKind.ButterflyKnife, "butterfly-knife" },
        { WeaponKind.TelescopicTruncheon, "telescopic-truncheon" },
    };

    [Theory]
    [MemberData(nameof(WeaponCodes))]
    public void Weapon_kinds_round_trip(WeaponKind kind, string code)
    {
        WireCodes.ToCode(kind).Should().Be(code);
        WireCodes.FromCode<WeaponKind>(code).Should().Be(kind);
        var item = new WeaponSeized(kind, ReportedCount.Exactly(2));
        string json = PolicingJson.WriteToString<SeizedItem>(item);
        json.Should().Contain($"\"{code}\"");
        PolicingJson.Read<SeizedItem>(System.Text.Encoding.UTF8.GetBytes(json)).Should().Be(item);
    }

    public static TheoryData<VehicleKind, string> VehicleCodes => new()
    {
        { VehicleKind.HeavyGoodsVehicle, "heavy-goods-vehicle" },
        { VehicleKind.BusOrCoach, "bus-or-coach" },
        { VehicleKind.Minibus, "minibus" },
        { VehicleKind.TaxiOrPrivateHire, "taxi-or-private-hire" },
        { VehicleKind.AgriculturalVehicle, "agricultural-vehicle" },
        { VehicleKind.Trailer, "trailer" },
        { VehicleKind.Boat, "boat" },
    };

    [Theory]
    [MemberData(nameof(VehicleCodes))]
    public void Vehicle_kinds_round_trip(VehicleKind kind, string code)
    {
        WireCodes.ToCode(kind).Should().Be(code);
        WireCodes.FromCode<VehicleKind>(code).Should().Be(kind);
        var item = new VehicleSeized(kind);
        string json = PolicingJson.WriteToString<SeizedItem>(item);
        json.Should().Contain($"\"{code}\"");
        PolicingJson.Read<SeizedItem>(System.Text.Encoding.UTF8.GetBytes(json)).Should().Be(item);
    }

    [Theory]
    [InlineData(PremisesKind.Vehicle, "vehicle")]
    [InlineData(PremisesKind.SchoolOrFurtherEducation, "school-or-further-education")]
    [InlineData(PremisesKind.ResidentialOutbuilding, "residential-outbuilding")]
    public void Premises_kinds_round_trip(PremisesKind kind, string code)
    {
        WireCodes.ToCode(kind).Should().Be(code);
        WireCodes.FromCode<PremisesKind>(code).Should().Be(kind);
        var warrant = new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, Place.InBorough(LondonBorough.Croydon), kind);
        string json = PolicingJson.WriteToString(warrant);
        json.Should().Contain($"\"{code}\"");
        PolicingJson.Read<Warrant>(System.Text.Encoding.UTF8.GetBytes(json)).Should().Be(warrant);
    }

    [Theory]
    [InlineData(ArrestGroundKind.Offence, "offence")]
    [InlineData(ArrestGroundKind.PowerOfArrestWithoutOffence, "power-of-arrest-without-offence")]
    [InlineData(ArrestGroundKind.Warrant, "warrant")]
    public void Arrest_ground_kinds_have_codes(ArrestGroundKind kind, string code)
    {
        WireCodes.ToCode(kind).Should().Be(code);
        WireCodes.FromCode<ArrestGroundKind>(code).Should().Be(kind);
    }

    [Fact]
    public void The_original_members_keep_their_values()
    {
        ((int)WeaponKind.OtherOffensiveWeapon).Should().Be(8);
        ((int)VehicleKind.Other).Should().Be(6);
        ((int)PremisesKind.Other).Should().Be(3);
    }
}
