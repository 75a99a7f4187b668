using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class EthnicitiesTest
{
    public static TheoryData<SelfDefinedEthnicity, string, EthnicityGroup, string> SelfDefined => new()
    {
        { SelfDefinedEthnicity.WhiteBritish, "W1", EthnicityGroup.White, "White - English/Welsh/Scottish/Northern Irish/British" },
        { SelfDefinedEthnicity.WhiteIrish, "W2", EthnicityGroup.White, "White - Irish" },
        { SelfDefinedEthnicity.WhiteGypsyOrIrishTraveller, "W3", EthnicityGroup.White, "White - Gypsy or Irish Traveller" },
        { SelfDefinedEthnicity.WhiteOther, "W9", EthnicityGroup.White, "White - Any other White background" },
        { SelfDefinedEthnicity.MixedWhiteAndBlackCaribbean, "M1", EthnicityGroup.Mixed, "Mixed/Multiple ethnic groups - White and Black Caribbean" },
        { SelfDefinedEthnicity.MixedWhiteAndBlackAfrican, "M2", EthnicityGroup.Mixed, "Mixed/Multiple ethnic groups - White and Black African" },
        { SelfDefinedEthnicity.MixedWhiteAndAsian, "M3", EthnicityGroup.Mixed, "Mixed/Multiple ethnic groups - White and Asian" },
        { SelfDefinedEthnicity.MixedOther, "M9", EthnicityGroup.Mixed, "Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background" },
        { SelfDefinedEthnicity.AsianIndian, "A1", EthnicityGroup.Asian, "Asian/Asian British - Indian" },
        { SelfDefinedEthnicity.AsianPakistani, "A2", EthnicityGroup.Asian, "Asian/Asian British - Pakistani" },
        { SelfDefinedEthnicity.AsianBangladeshi, "A3", EthnicityGroup.Asian, "Asian/Asian British - Bangladeshi" },
        { SelfDefinedEthnicity.AsianChinese, "A4", EthnicityGroup.Asian, "Asian/Asian British - Chinese" },
        { SelfDefinedEthnicity.AsianOther, "A9", EthnicityGroup.Asian, "Asian/Asian British - Any other Asian background" },
        { SelfDefinedEthnicity.BlackCaribbean, "B1", EthnicityGroup.Black, "Black/African/Caribbean/Black British - Caribbean" },
        { SelfDefinedEthnicity.BlackAfrican, "B2", EthnicityGroup.Black, "Black/African/Caribbean/Black British - African" },
        { SelfDefinedEthnicity.BlackOther, "B9", EthnicityGroup.Black, "Black/African/Caribbean/Black British - Any other Black/African/Caribbean background" },
        { SelfDefinedEthnicity.Arab, "O2", EthnicityGroup.Other, "Other ethnic group - Arab" },
        { SelfDefinedEthnicity.OtherEthnicGroup, "O9", EthnicityGroup.Other, "Other ethnic group - Any other ethnic group" },
        { SelfDefinedEthnicity.NotStated, "NS", EthnicityGroup.NotStated, "Not stated" },
    };

    public static TheoryData<OfficerDefinedEthnicity, string, EthnicityGroup, string> OfficerDefined => new()
    {
        { OfficerDefinedEthnicity.WhiteNorthEuropean, "IC1", EthnicityGroup.White, "White - North European" },
        { OfficerDefinedEthnicity.WhiteSouthEuropean, "IC2", EthnicityGroup.White, "White - South European" },
        { OfficerDefinedEthnicity.Black, "IC3", EthnicityGroup.Black, "Black" },
        { OfficerDefinedEthnicity.Asian, "IC4", EthnicityGroup.Asian, "Asian (Indian subcontinent)" },
        { OfficerDefinedEthnicity.ChineseJapaneseOrSouthEastAsian, "IC5", EthnicityGroup.Asian, "Chinese, Japanese or other South-East Asian" },
        { OfficerDefinedEthnicity.ArabOrNorthAfrican, "IC6", EthnicityGroup.Other, "Arab or North African" },
        { OfficerDefinedEthnicity.Unknown, "IC9", EthnicityGroup.NotStated, "Unknown" },
    };

    [Theory]
    [MemberData(nameof(SelfDefined))]
    public void Every_self_defined_code_has_its_group_and_census_name(SelfDefinedEthnicity ethnicity, string code, EthnicityGroup group, string name)
    {
        Ethnicities.CodeOf(ethnicity).Should().Be(code);
        WireCodes.ToCode(ethnicity).Should().Be(code);
        Ethnicities.FromSelfDefinedCode(code).Should().Be(ethnicity);
        Ethnicities.TryFromSelfDefinedCode(code, out SelfDefinedEthnicity found).Should().BeTrue();
        found.Should().Be(ethnicity);
        EthnicityGroups.Of(ethnicity).Should().Be(group);
        Ethnicities.GroupOf(ethnicity).Should().Be(group);
        Ethnicities.NameOf(ethnicity).Should().Be(name);
        Ethnicities.TryFromSelfDefinedName(name.ToUpperInvariant(), out SelfDefinedEthnicity byName).Should().BeTrue();
        byName.Should().Be(ethnicity);
        Ethnicities.TryFromOfficerDefinedCode(code, out _).Should().BeFalse("an 18+1 code is never an IC code");
    }

    [Theory]
    [MemberData(nameof(OfficerDefined))]
    public void Every_officer_defined_code_has_its_group_and_name(OfficerDefinedEthnicity ethnicity, string code, EthnicityGroup group, string name)
    {
        Ethnicities.CodeOf(ethnicity).Should().Be(code);
        WireCodes.ToCode(ethnicity).Should().Be(code);
        Ethnicities.FromOfficerDefinedCode(code).Should().Be(ethnicity);
        Ethnicities.TryFromOfficerDefinedCode(code, out OfficerDefinedEthnicity found).Should().BeTrue();
        found.Should().Be(ethnicity);
        EthnicityGroups.Of(ethnicity).Should().Be(group);
        Ethnicities.GroupOf(ethnicity).Should().Be(group);
        Ethnicities.NameOf(ethnicity).Should().Be(name);
        Ethnicities.TryFromSelfDefinedCode(code, out _).Should().BeFalse("an IC code is never an 18+1 code");
    }

    [Fact]
    public void The_tables_cover_every_value()
    {
        SelfDefined.Select(r => r.Data.Item1).Should().BeEquivalentTo(Enum.GetValues<SelfDefinedEthnicity>()).And.HaveCount(19);
        OfficerDefined.Select(r => r.Data.Item1).Should().BeEquivalentTo(Enum.GetValues<OfficerDefinedEthnicity>()).And.HaveCount(7);
        Enum.GetValues<SelfDefinedEthnicity>().Select(Ethnicities.NameOf).Should().OnlyHaveUniqueItems();
        Enum.GetValues<OfficerDefinedEthnicity>().Select(Ethnicities.NameOf).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Officers_never_assess_mixed()
    {
        Enum.GetValues<OfficerDefinedEthnicity>().Select(EthnicityGroups.Of).Should().NotContain(EthnicityGroup.Mixed);
    }

    [Fact]
    public void Every_published_group_is_reached_by_self_defined_codes()
    {
        Enum.GetValues<SelfDefinedEthnicity>().Select(EthnicityGroups.Of).Distinct().Should().BeEquivalentTo(Enum.GetValues<EthnicityGroup>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    [InlineData(int.MinValue)]
    public void Undefined_self_defined_values_throw(int value)
    {
        Action act = () => EthnicityGroups.Of((SelfDefinedEthnicity)value);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ethnicity");
        Action name = () => Ethnicities.NameOf((SelfDefinedEthnicity)value);
        name.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(9)]
    public void Undefined_officer_defined_values_throw(int value)
    {
        Action act = () => EthnicityGroups.Of((OfficerDefinedEthnicity)value);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ethnicity");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("w1")]
    [InlineData("O1")]
    [InlineData("IC7")]
    [InlineData("ic1")]
    public void Unknown_codes_are_not_found(string? code)
    {
        Ethnicities.TryFromSelfDefinedCode(code, out _).Should().BeFalse();
        Ethnicities.TryFromOfficerDefinedCode(code, out _).Should().BeFalse();
        Ethnicities.TryFromSelfDefinedName(code, out _).Should().BeFalse();
    }

    [Fact]
    public void FromCode_throws_for_the_other_scheme()
    {
        Action selfFromIc = () => Ethnicities.FromSelfDefinedCode("IC1");
        selfFromIc.Should().Throw<ArgumentException>().WithParameterName("code");
        Action icFromSelf = () => Ethnicities.FromOfficerDefinedCode("W1");
        icFromSelf.Should().Throw<ArgumentException>().WithParameterName("code");
    }
}
