using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class PoliceForcesTest
{
    public static TheoryData<PoliceForce, string, string, ForceCountry> Territorial => new()
    {
        { PoliceForce.AvonAndSomerset, "avon-and-somerset", "Avon and Somerset", ForceCountry.England },
        { PoliceForce.Bedfordshire, "bedfordshire", "Bedfordshire", ForceCountry.England },
        { PoliceForce.Cambridgeshire, "cambridgeshire", "Cambridgeshire", ForceCountry.England },
        { PoliceForce.Cheshire, "cheshire", "Cheshire", ForceCountry.England },
        { PoliceForce.CityOfLondon, "city-of-london", "City of London", ForceCountry.England },
        { PoliceForce.Cleveland, "cleveland", "Cleveland", ForceCountry.England },
        { PoliceForce.Cumbria, "cumbria", "Cumbria", ForceCountry.England },
        { PoliceForce.Derbyshire, "derbyshire", "Derbyshire", ForceCountry.England },
        { PoliceForce.DevonAndCornwall, "devon-and-cornwall", "Devon and Cornwall", ForceCountry.England },
        { PoliceForce.Dorset, "dorset", "Dorset", ForceCountry.England },
        { PoliceForce.Durham, "durham", "Durham", ForceCountry.England },
        { PoliceForce.Essex, "essex", "Essex", ForceCountry.England },
        { PoliceForce.Gloucestershire, "gloucestershire", "Gloucestershire", ForceCountry.England },
        { PoliceForce.GreaterManchester, "greater-manchester", "Greater Manchester", ForceCountry.England },
        { PoliceForce.Hampshire, "hampshire", "Hampshire", ForceCountry.England },
        { PoliceForce.Hertfordshire, "hertfordshire", "Hertfordshire", ForceCountry.England },
        { PoliceForce.Humberside, "humberside", "Humberside", ForceCountry.England },
        { PoliceForce.Kent, "kent", "Kent", ForceCountry.England },
        { PoliceForce.Lancashire, "lancashire", "Lancashire", ForceCountry.England },
        { PoliceForce.Leicestershire, "leicestershire", "Leicestershire", ForceCountry.England },
        { PoliceForce.Lincolnshire, "lincolnshire", "Lincolnshire", ForceCountry.England },
        { PoliceForce.Merseyside, "merseyside", "Merseyside", ForceCountry.England },
        { PoliceForce.Metropolitan, "metropolitan", "Metropolitan", ForceCountry.England },
        { PoliceForce.Norfolk, "norfolk", "Norfolk", ForceCountry.England },
        { PoliceForce.Northamptonshire, "northamptonshire", "Northamptonshire", ForceCountry.England },
        { PoliceForce.Northumbria, "northumbria", "Northumbria", ForceCountry.England },
        { PoliceForce.NorthYorkshire, "north-yorkshire", "North Yorkshire", ForceCountry.England },
        { PoliceForce.Nottinghamshire, "nottinghamshire", "Nottinghamshire", ForceCountry.England },
        { PoliceForce.SouthYorkshire, "south-yorkshire", "South Yorkshire", ForceCountry.England },
        { PoliceForce.Staffordshire, "staffordshire", "Staffordshire", ForceCountry.England },
        { PoliceForce.Suffolk, "suffolk", "Suffolk", ForceCountry.England },
        { PoliceForce.Surrey, "surrey", "Surrey", ForceCountry.England },
        { PoliceForce.Sussex, "sussex", "Sussex", ForceCountry.England },
        { PoliceForce.ThamesValley, "thames-valley", "Thames Valley", ForceCountry.England },
        { PoliceForce.Warwickshire, "warwickshire", "Warwickshire", ForceCountry.England },
        { PoliceForce.WestMercia, "west-mercia", "West Mercia", ForceCountry.England },
        { PoliceForce.WestMidlands, "west-midlands", "West Midlands", ForceCountry.England },
        { PoliceForce.WestYorkshire, "west-yorkshire", "West Yorkshire", ForceCountry.England },
        { PoliceForce.Wiltshire, "wiltshire", "Wiltshire", ForceCountry.England },
        { PoliceForce.DyfedPowys, "dyfed-powys", "Dyfed-Powys", ForceCountry.Wales },
        { PoliceForce.Gwent, "gwent", "Gwent", ForceCountry.Wales },
        { PoliceForce.NorthWales, "north-wales", "North Wales", ForceCountry.Wales },
        { PoliceForce.SouthWales, "south-wales", "South Wales", ForceCountry.Wales },
    };

    public static TheoryData<PoliceForce, string, string, bool> Special => new()
    {
        { PoliceForce.BritishTransportPolice, "btp", "British Transport Police", true },
        { PoliceForce.CivilNuclearConstabulary, "civil-nuclear-constabulary", "Civil Nuclear Constabulary", false },
        { PoliceForce.MinistryOfDefencePolice, "ministry-of-defence-police", "Ministry of Defence Police", false },
    };

    [Theory]
    [MemberData(nameof(Territorial))]
    public void Every_territorial_force_has_its_data_police_uk_id(PoliceForce force, string code, string name, ForceCountry country)
    {
        PoliceForceInfo info = PoliceForces.Info(force);
        info.Force.Should().Be(force);
        info.Code.Should().Be(code);
        info.Name.Should().Be(name);
        info.Kind.Should().Be(PoliceForceKind.Territorial);
        info.Country.Should().Be(country);
        info.IsOnDataPoliceUk.Should().BeTrue();
        WireCodes.ToCode(force).Should().Be(code);
        PoliceForces.FromCode(code).Should().Be(force);
        PoliceForces.TryFromCode(code, out PoliceForce found).Should().BeTrue();
        found.Should().Be(force);
        PoliceForces.TryFromName(name, out PoliceForce byName).Should().BeTrue();
        byName.Should().Be(force);
        PoliceForces.TryFromName(name.ToUpperInvariant() + " Police", out PoliceForce withSuffix).Should().BeTrue();
        withSuffix.Should().Be(force);
    }

    [Theory]
    [MemberData(nameof(Special))]
    public void Every_special_force_is_listed(PoliceForce force, string code, string name, bool onDataPoliceUk)
    {
        PoliceForceInfo info = PoliceForces.Info(force);
        info.Code.Should().Be(code);
        info.Name.Should().Be(name);
        info.Kind.Should().Be(PoliceForceKind.Special);
        info.Country.Should().Be(ForceCountry.EnglandAndWales);
        info.IsOnDataPoliceUk.Should().Be(onDataPoliceUk);
        PoliceForces.FromCode(code).Should().Be(force);
    }

    [Fact]
    public void There_are_43_territorial_forces_and_3_special_forces()
    {
        PoliceForces.All.Count(i => i.Kind == PoliceForceKind.Territorial).Should().Be(PoliceForces.TerritorialCount).And.Be(43);
        PoliceForces.All.Count(i => i.Kind == PoliceForceKind.Special).Should().Be(3);
        PoliceForces.All.Count(i => i.Country == ForceCountry.England).Should().Be(39);
        PoliceForces.All.Count(i => i.Country == ForceCountry.Wales).Should().Be(4);
        PoliceForces.All.Select(i => i.Force).Should().Equal(Enum.GetValues<PoliceForce>());
        Territorial.Select(r => r.Data.Item1).Concat(Special.Select(r => r.Data.Item1)).Should().BeEquivalentTo(Enum.GetValues<PoliceForce>());
    }

    [Theory]
    [InlineData("Avon & Somerset", PoliceForce.AvonAndSomerset)]
    [InlineData("Avon and Somerset Constabulary", PoliceForce.AvonAndSomerset)]
    [InlineData("Devon & Cornwall Police", PoliceForce.DevonAndCornwall)]
    [InlineData("Kent Police", PoliceForce.Kent)]
    [InlineData("Metropolitan Police Service", PoliceForce.Metropolitan)]
    [InlineData("the Met", PoliceForce.Metropolitan)]
    [InlineData("dyfed powys", PoliceForce.DyfedPowys)]
    [InlineData("Dyfed-Powys Police", PoliceForce.DyfedPowys)]
    [InlineData("City of London Police", PoliceForce.CityOfLondon)]
    [InlineData("British Transport Police", PoliceForce.BritishTransportPolice)]
    [InlineData("BTP", PoliceForce.BritishTransportPolice)]
    [InlineData("Ministry of Defence Police", PoliceForce.MinistryOfDefencePolice)]
    [InlineData("Civil Nuclear Constabulary", PoliceForce.CivilNuclearConstabulary)]
    [InlineData("greater-manchester", PoliceForce.GreaterManchester)]
    public void Names_are_read_as_sources_write_them(string name, PoliceForce force)
    {
        PoliceForces.TryFromName(name, out PoliceForce found).Should().BeTrue();
        found.Should().Be(force);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Police")]
    [InlineData("Police Scotland")]
    [InlineData("Northern Ireland")]
    [InlineData("Yorkshire")]
    public void Unknown_force_names_are_not_found(string? name)
    {
        PoliceForces.TryFromName(name, out PoliceForce force).Should().BeFalse();
        force.Should().Be(default(PoliceForce));
    }

    [Fact]
    public void Codes_and_names_are_unique()
    {
        PoliceForces.All.Select(i => i.Code).Should().OnlyHaveUniqueItems();
        PoliceForces.All.Select(i => i.Name).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Metropolitan")]
    [InlineData("met")]
    [InlineData("british-transport-police")]
    public void Unknown_codes_are_not_found(string? code)
    {
        PoliceForces.TryFromCode(code, out PoliceForce force).Should().BeFalse();
        force.Should().Be(default(PoliceForce));
    }

    [Fact]
    public void Unset_and_undefined_forces_have_no_info()
    {
        Action unset = () => PoliceForces.Info(default);
        unset.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("force");
        Action undefined = () => PoliceForces.Info((PoliceForce)999);
        undefined.Should().Throw<ArgumentOutOfRangeException>();
        Action unknown = () => PoliceForces.FromCode("met");
        unknown.Should().Throw<ArgumentException>().WithParameterName("code");
    }
}
