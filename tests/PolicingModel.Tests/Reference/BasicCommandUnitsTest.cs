using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class BasicCommandUnitsTest
{
    public static TheoryData<BasicCommandUnit, string, bool, LondonBorough[]> Units => new()
    {
        { BasicCommandUnit.BromleyCroydonSutton, "South", true, [LondonBorough.Bromley, LondonBorough.Croydon, LondonBorough.Sutton] },
        { BasicCommandUnit.BarkingDagenhamHaveringRedbridge, "East", true, [LondonBorough.BarkingAndDagenham, LondonBorough.Havering, LondonBorough.Redbridge] },
        { BasicCommandUnit.CamdenIslington, "Central North", true, [LondonBorough.Camden, LondonBorough.Islington] },
        { BasicCommandUnit.HammersmithKensingtonWestminster, "Central West", false, [LondonBorough.HammersmithAndFulham, LondonBorough.KensingtonAndChelsea, LondonBorough.Westminster] },
        { BasicCommandUnit.KingstonMertonRichmondWandsworth, "South West", false, [LondonBorough.KingstonUponThames, LondonBorough.Merton, LondonBorough.RichmondUponThames, LondonBorough.Wandsworth] },
        { BasicCommandUnit.BexleyGreenwichLewisham, "South East", false, [LondonBorough.Bexley, LondonBorough.Greenwich, LondonBorough.Lewisham] },
        { BasicCommandUnit.EalingHillingdonHounslow, "West", false, [LondonBorough.Ealing, LondonBorough.Hillingdon, LondonBorough.Hounslow] },
        { BasicCommandUnit.LambethSouthwark, "Central South", false, [LondonBorough.Lambeth, LondonBorough.Southwark] },
        { BasicCommandUnit.EnfieldHaringey, "North", false, [LondonBorough.Enfield, LondonBorough.Haringey] },
        { BasicCommandUnit.HackneyTowerHamlets, "Central East", false, [LondonBorough.Hackney, LondonBorough.TowerHamlets] },
        { BasicCommandUnit.BarnetBrentHarrow, "North West", false, [LondonBorough.Barnet, LondonBorough.Brent, LondonBorough.Harrow] },
        { BasicCommandUnit.NewhamWalthamForest, "North East", false, [LondonBorough.Newham, LondonBorough.WalthamForest] },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_bcu_has_its_boroughs_and_marks_its_name(BasicCommandUnit unit, string areaName, bool confirmed, LondonBorough[] boroughs)
    {
        BasicCommandUnitInfo info = BasicCommandUnits.Info(unit);
        info.Unit.Should().Be(unit);
        info.AreaName.Should().Be(areaName);
        info.NameConfirmed.Should().Be(confirmed);
        info.Boroughs.Should().Equal(boroughs);
        info.ToString().Should().Be(confirmed ? areaName : areaName + " (unverified)");
        foreach (LondonBorough borough in boroughs)
        {
            BasicCommandUnits.For(borough).Should().Be(unit);
        }
        BasicCommandUnits.FromCode(info.Code).Should().Be(unit);
        WireCodes.ToCode(unit).Should().Be(info.Code);
    }

    [Fact]
    public void Twelve_units_cover_every_borough_but_the_city_exactly_once()
    {
        BasicCommandUnits.All.Should().HaveCount(12);
        Units.Should().HaveCount(12);
        BasicCommandUnits.All.SelectMany(i => i.Boroughs).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(Enum.GetValues<LondonBorough>().Where(b => b != LondonBorough.CityOfLondon));
        BasicCommandUnits.For(LondonBorough.CityOfLondon).Should().BeNull();
        BasicCommandUnits.All.Count(i => i.NameConfirmed).Should().Be(3);
        BasicCommandUnits.All.Select(i => i.AreaName).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(BasicCommandUnit.BromleyCroydonSutton, "bromley-croydon-sutton")]
    [InlineData(BasicCommandUnit.BarkingDagenhamHaveringRedbridge, "barking-dagenham-havering-redbridge")]
    [InlineData(BasicCommandUnit.NewhamWalthamForest, "newham-waltham-forest")]
    public void Codes_come_from_the_boroughs_not_the_area_names(BasicCommandUnit unit, string code)
    {
        BasicCommandUnits.Info(unit).Code.Should().Be(code);
        BasicCommandUnits.TryFromCode(code, out BasicCommandUnit found).Should().BeTrue();
        found.Should().Be(unit);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        BasicCommandUnits.TryFromCode("south", out _).Should().BeFalse();
        BasicCommandUnits.TryFromCode(null, out _).Should().BeFalse();
        Action unset = () => BasicCommandUnits.Info(default);
        unset.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit");
        Action unsetBorough = () => BasicCommandUnits.For(default);
        unsetBorough.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("borough");
    }
}
