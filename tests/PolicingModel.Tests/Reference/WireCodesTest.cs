using System.Reflection;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class WireCodesTest
{
    private static readonly MethodInfo RoundTripMethod =
        typeof(WireCodesTest).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Every public enum in the library, found by reflection so that a new enum is covered without editing this test.</summary>
    public static TheoryData<string> AllEnums()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(PoliceForce).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllEnums))]
    public void Every_value_of_every_enum_round_trips_through_a_unique_code(string enumType)
    {
        Type type = typeof(PoliceForce).Assembly.GetType(enumType, throwOnError: true)!;
        RoundTripMethod.MakeGenericMethod(type).Invoke(null, null);
    }

    [Fact]
    public void The_enum_list_includes_the_reference_code_lists()
    {
        AllEnums().Select(r => r.Data).Should().Contain(
        [
            typeof(PoliceForce).FullName!, typeof(LondonBorough).FullName!, typeof(BasicCommandUnit).FullName!,
            typeof(SelfDefinedEthnicity).FullName!, typeof(OfficerDefinedEthnicity).FullName!, typeof(Sex).FullName!,
            typeof(DrugClass).FullName!, typeof(OffenceGroup).FullName!, typeof(InchoateForm).FullName!,
            typeof(AgeBand).FullName!, typeof(EthnicityGroup).FullName!, typeof(PoliceForceKind).FullName!, typeof(ForceCountry).FullName!,
        ]);
    }

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        TEnum[] values = Enum.GetValues<TEnum>();
        EquatableArray<string> codes = WireCodes.AllCodes<TEnum>();
        codes.Should().HaveCount(values.Length, typeof(TEnum).Name);
        codes.Should().OnlyHaveUniqueItems(typeof(TEnum).Name);
        codes.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c), typeof(TEnum).Name);
        for (int i = 0; i < values.Length; i++)
        {
            TEnum value = values[i];
            string code = WireCodes.ToCode(value);
            code.Should().Be(codes[i]);
            WireCodes.FromCode<TEnum>(code).Should().Be(value);
            WireCodes.TryFromCode(code.AsSpan(), out TEnum found).Should().BeTrue($"{typeof(TEnum).Name}.{value} has code '{code}'");
            found.Should().Be(value);
            WireCodes.ToCode(WireCodes.FromCode<TEnum>(code)).Should().Be(code);
        }
    }

    [Theory]
    [InlineData("ReleasedUnderInvestigation", "released-under-investigation")]
    [InlineData("Act1984Section8", "act-1984-section-8")]
    [InlineData("From10To17", "from-10-to-17")]
    [InlineData("Under10", "under-10")]
    [InlineData("From50", "from-50")]
    [InlineData("HTMLParser", "html-parser")]
    [InlineData("MD71230", "md-71230")]
    [InlineData("BarkingDagenhamHaveringRedbridge", "barking-dagenham-havering-redbridge")]
    [InlineData("ChineseJapaneseOrSouthEastAsian", "chinese-japanese-or-south-east-asian")]
    [InlineData("A", "a")]
    [InlineData("Male", "male")]
    public void KebabCase_splits_words_acronyms_and_numbers(string name, string code)
    {
        WireCodes.KebabCase(name).Should().Be(code);
    }

    [Theory]
    [InlineData(Sex.Unknown, "unknown")]
    [InlineData(Sex.Male, "male")]
    [InlineData(Sex.Female, "female")]
    public void Sex_codes(Sex sex, string code)
    {
        WireCodes.ToCode(sex).Should().Be(code);
        WireCodes.FromCode<Sex>(code).Should().Be(sex);
    }

    [Theory]
    [InlineData(AgeBand.Unknown, "unknown")]
    [InlineData(AgeBand.Under10, "under-10")]
    [InlineData(AgeBand.From10To17, "from-10-to-17")]
    [InlineData(AgeBand.From18To20, "from-18-to-20")]
    [InlineData(AgeBand.From21To24, "from-21-to-24")]
    [InlineData(AgeBand.From25To29, "from-25-to-29")]
    [InlineData(AgeBand.From30To39, "from-30-to-39")]
    [InlineData(AgeBand.From40To49, "from-40-to-49")]
    [InlineData(AgeBand.From50, "from-50")]
    public void Age_band_codes(AgeBand band, string code)
    {
        WireCodes.ToCode(band).Should().Be(code);
    }

    [Theory]
    [InlineData(DrugClass.A, "A")]
    [InlineData(DrugClass.B, "B")]
    [InlineData(DrugClass.C, "C")]
    public void Drug_classes_keep_their_letters(DrugClass drugClass, string code)
    {
        WireCodes.ToCode(drugClass).Should().Be(code);
    }

    [Fact]
    public void Undefined_values_and_unknown_codes_throw()
    {
        Action undefined = () => WireCodes.ToCode((PoliceForce)999);
        undefined.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        Action unset = () => WireCodes.ToCode(default(PoliceForce));
        unset.Should().Throw<ArgumentOutOfRangeException>();
        Action unknown = () => WireCodes.FromCode<Sex>("Male");
        unknown.Should().Throw<ArgumentException>().WithParameterName("code");
        Action nullCode = () => WireCodes.FromCode<Sex>(null!);
        nullCode.Should().Throw<ArgumentNullException>();
    }
}
