using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class LondonBoroughsTest
{
    public static TheoryData<LondonBorough, string, string, BasicCommandUnit?> Boroughs => new()
    {
        { LondonBorough.CityOfLondon, "E09000001", "City of London", null },
        { LondonBorough.BarkingAndDagenham, "E09000002", "Barking and Dagenham", BasicCommandUnit.BarkingDagenhamHaveringRedbridge },
        { LondonBorough.Barnet, "E09000003", "Barnet", BasicCommandUnit.BarnetBrentHarrow },
        { LondonBorough.Bexley, "E09000004", "Bexley", BasicCommandUnit.BexleyGreenwichLewisham },
        { LondonBorough.Brent, "E09000005", "Brent", BasicCommandUnit.BarnetBrentHarrow },
        { LondonBorough.Bromley, "E09000006", "Bromley", BasicCommandUnit.BromleyCroydonSutton },
        { LondonBorough.Camden, "E09000007", "Camden", BasicCommandUnit.CamdenIslington },
        { LondonBorough.Croydon, "E09000008", "Croydon", BasicCommandUnit.BromleyCroydonSutton },
        { LondonBorough.Ealing, "E09000009", "Ealing", BasicCommandUnit.EalingHillingdonHounslow },
        { LondonBorough.Enfield, "E09000010", "Enfield", BasicCommandUnit.EnfieldHaringey },
        { LondonBorough.Greenwich, "E09000011", "Greenwich", BasicCommandUnit.BexleyGreenwichLewisham },
        { LondonBorough.Hackney, "E09000012", "Hackney", BasicCommandUnit.HackneyTowerHamlets },
        { LondonBorough.HammersmithAndFulham, "E09000013", "Hammersmith and Fulham", BasicCommandUnit.HammersmithKensingtonWestminster },
        { LondonBorough.Haringey, "E09000014", "Haringey", BasicCommandUnit.EnfieldHaringey },
        { LondonBorough.Harrow, "E09000015", "Harrow", BasicCommandUnit.BarnetBrentHarrow },
        { LondonBorough.Havering, "E09000016", "Havering", BasicCommandUnit.BarkingDagenhamHaveringRedbridge },
        { LondonBorough.Hillingdon, "E09000017", "Hillingdon", BasicCommandUnit.EalingHillingdonHounslow },
        { LondonBorough.Hounslow, "E09000018", "Hounslow", BasicCommandUnit.EalingHillingdonHounslow },
        { LondonBorough.Islington, "E09000019", "Islington", BasicCommandUnit.CamdenIslington },
        { LondonBorough.KensingtonAndChelsea, "E09000020", "Kensington and Chelsea", BasicCommandUnit.HammersmithKensingtonWestminster },
        { LondonBorough.KingstonUponThames, "E09000021", "Kingston upon Thames", BasicCommandUnit.KingstonMertonRichmondWandsworth },
        { LondonBorough.Lambeth, "E09000022", "Lambeth", BasicCommandUnit.LambethSouthwark },
        { LondonBorough.Lewisham, "E09000023", "Lewisham", BasicCommandUnit.BexleyGreenwichLewisham },
        { LondonBorough.Merton, "E09000024", "Merton", BasicCommandUnit.KingstonMertonRichmondWandsworth },
        { LondonBorough.Newham, "E09000025", "Newham", BasicCommandUnit.NewhamWalthamForest },
        { LondonBorough.Redbridge, "E09000026", "Redbridge", BasicCommandUnit.BarkingDagenhamHaveringRedbridge },
        { LondonBorough.RichmondUponThames, "E09000027", "Richmond upon Thames", BasicCommandUnit.KingstonMertonRichmondWandsworth },
        { LondonBorough.Southwark, "E09000028", "Southwark", BasicCommandUnit.LambethSouthwark },
        { LondonBorough.Sutton, "E09000029", "Sutton", BasicCommandUnit.BromleyCroydonSutton },
        { LondonBorough.TowerHamlets, "E09000030", "Tower Hamlets", BasicCommandUnit.HackneyTowerHamlets },
        { LondonBorough.WalthamForest, "E09000031", "Waltham Forest", BasicCommandUnit.NewhamWalthamForest },
        { LondonBorough.Wandsworth, "E09000032", "Wandsworth", BasicCommandUnit.KingstonMertonRichmondWandsworth },
        { LondonBorough.Westminster, "E09000033", "Westminster", BasicCommandUnit.HammersmithKensingtonWestminster },
    };

    [Theory]
    [MemberData(nameof(Boroughs))]
    public void Every_borough_has_its_gss_code_name_bcu_and_force(LondonBorough borough, string gssCode, string name, BasicCommandUnit? bcu)
    {
        LondonBoroughInfo info = LondonBoroughs.Info(borough);
        info.Borough.Should().Be(borough);
        info.GssCode.Should().Be(gssCode);
        info.Name.Should().Be(name);
        info.BasicCommandUnit.Should().Be(bcu);
        info.Force.Should().Be(borough == LondonBorough.CityOfLondon ? PoliceForce.CityOfLondon : PoliceForce.Metropolitan);
        WireCodes.ToCode(borough).Should().Be(gssCode);
        LondonBoroughs.FromGssCode(gssCode).Should().Be(borough);
        LondonBoroughs.TryFromGssCode(gssCode, out LondonBorough byCode).Should().BeTrue();
        byCode.Should().Be(borough);
        LondonBoroughs.TryFromName(name, out LondonBorough byName).Should().BeTrue();
        byName.Should().Be(borough);
        LondonBoroughs.TryFromName(name.ToUpperInvariant(), out LondonBorough upper).Should().BeTrue();
        upper.Should().Be(borough);
        BasicCommandUnits.For(borough).Should().Be(bcu);
    }

    [Fact]
    public void There_are_33_in_alphabetical_order_after_the_city()
    {
        LondonBoroughs.All.Should().HaveCount(33);
        LondonBoroughs.All.Select(i => i.GssCode).Should().Equal(Enumerable.Range(1, 33).Select(n => $"E090000{n:D2}"));
        LondonBoroughs.All.Skip(1).Select(i => i.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
        LondonBoroughs.All.Select(i => i.Name).Should().OnlyHaveUniqueItems();
        Boroughs.Should().HaveCount(33);
    }

    [Theory]
    [InlineData("Kensington and Chelsea", LondonBorough.KensingtonAndChelsea)]
    [InlineData("Kensington & Chelsea", LondonBorough.KensingtonAndChelsea)]
    [InlineData("kensington&chelsea", LondonBorough.KensingtonAndChelsea)]
    [InlineData("  KENSINGTON   AND  CHELSEA ", LondonBorough.KensingtonAndChelsea)]
    [InlineData("Royal Borough of Kensington and Chelsea", LondonBorough.KensingtonAndChelsea)]
    [InlineData("London Borough of Croydon", LondonBorough.Croydon)]
    [InlineData("Hammersmith & Fulham", LondonBorough.HammersmithAndFulham)]
    [InlineData("Barking & Dagenham", LondonBorough.BarkingAndDagenham)]
    [InlineData("Kingston", LondonBorough.KingstonUponThames)]
    [InlineData("Richmond", LondonBorough.RichmondUponThames)]
    [InlineData("the City", LondonBorough.CityOfLondon)]
    public void Names_are_read_leniently(string name, LondonBorough borough)
    {
        LondonBoroughs.TryFromName(name, out LondonBorough found).Should().BeTrue();
        found.Should().Be(borough);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Notting Hill")]
    [InlineData("Kensington")]
    public void Unknown_names_are_not_found(string? name)
    {
        LondonBoroughs.TryFromName(name, out LondonBorough found).Should().BeFalse();
        found.Should().Be(default(LondonBorough));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("E09000000")]
    [InlineData("E09000034")]
    [InlineData("e09000008")]
    [InlineData("E08000001")]
    public void Unknown_gss_codes_are_not_found(string? code)
    {
        LondonBoroughs.TryFromGssCode(code, out _).Should().BeFalse();
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Action unset = () => LondonBoroughs.Info(default);
        unset.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("borough");
        Action badCode = () => LondonBoroughs.FromGssCode("E09000099");
        badCode.Should().Throw<ArgumentException>().WithParameterName("gssCode");
    }
}
