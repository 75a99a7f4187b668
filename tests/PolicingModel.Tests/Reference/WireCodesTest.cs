using System.Reflection;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class WireCodesTest
{
    private static readonly MethodInfo RoundTripMethod =
        typeof(WireCodesTest).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Every public enum of the library that has wire codes, found by reflection so that a new enum is covered without editing this test.</summary>
    public static TheoryData<string> AllEnums()
    {
        var data = new TheoryData<string>();
        foreach (Type type in WireEnums)
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    private static readonly Type[] WireEnums = [.. typeof(PoliceForce).Assembly.GetExportedTypes()
        .Where(t => t.IsEnum && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(WireCodeAttribute))))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Enums that are never written: a rule's verdict, breakdown dimension flags, a reader setting.</summary>
    private static readonly string[] NeverWritten =
    [
        "PolicingModel.Aggregation.ArrestDimension", "PolicingModel.Rules.BailRegime", "PolicingModel.Rules.DetentionDeadlineKind",
        "PolicingModel.Rules.DetentionLimit", "PolicingModel.Rules.DetentionStatus", "PolicingModel.Rules.Juvenility",
        "PolicingModel.Serialization.PolicingJsonReading",
    ];

    [Fact]
    public void Every_member_of_an_enum_with_wire_codes_declares_its_own_and_every_other_enum_is_never_written()
    {
        foreach (Type type in WireEnums)
        {
            type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => !f.IsDefined(typeof(WireCodeAttribute)))
                .Select(f => f.Name).Should().BeEmpty("every member of {0} needs [WireCode]", type.Name);
        }
        typeof(PoliceForce).Assembly.GetExportedTypes().Where(t => t.IsEnum).Except(WireEnums).Select(t => t.FullName)
            .Should().BeEquivalentTo(NeverWritten, "an enum that is written anywhere must declare a wire code on every member");
    }

    /// <summary>
    /// The golden list of every wire code, by enum and numeric value. Renaming a C# member changes nothing here; changing
    /// a code (which changes data that other apps have stored) fails this test until the list is edited on purpose.
    /// </summary>
    [Fact]
    public void Every_wire_code_is_the_one_in_the_golden_list()
    {
        var lines = new List<string>();
        foreach (Type type in WireEnums.Append(typeof(IsoDayOfWeek)))
        {
            var method = typeof(WireCodes).GetMethod(nameof(WireCodes.ToCode))!.MakeGenericMethod(type);
            foreach (object value in Enum.GetValues(type))
            {
                lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{type.FullName} {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} {method.Invoke(null, [value])}"));
            }
        }
        string golden = RepositoryFiles.ReadAllText("tests/PolicingModel.Tests/Reference/wire-codes.golden.txt");
        string.Join('\n', lines).Should().Be(golden.TrimEnd('\n'), "wire codes are data: change tests/PolicingModel.Tests/Reference/wire-codes.golden.txt only on purpose");
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
