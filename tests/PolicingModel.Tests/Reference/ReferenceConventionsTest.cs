using System.Reflection;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class ReferenceConventionsTest
{
    public static TheoryData<string> ReferenceTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(Substances).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Substances).Namespace && !t.IsEnum)
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceTypes))]
    public void Reference_types_have_no_public_setters_or_fields(string typeName)
    {
        Type type = typeof(Substances).Assembly.GetType(typeName, throwOnError: true)!;
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Should().BeEmpty($"{type.Name} must be immutable");
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Should().BeEmpty($"{type.Name} must not expose mutable fields");
    }

    [Fact]
    public void Info_records_have_value_equality()
    {
        PoliceForces.Info(PoliceForce.Kent).Should().Be(PoliceForces.All.Single(i => i.Code == "kent"));
        EquatableArray<LondonBorough> expected = [LondonBorough.Lambeth, LondonBorough.Southwark];
        (BasicCommandUnits.Info(BasicCommandUnit.LambethSouthwark).Boroughs == expected).Should().BeTrue();
        LondonBoroughs.Info(LondonBorough.Croydon).ToString().Should().Be("Croydon");
        PoliceForces.Info(PoliceForce.AvonAndSomerset).ToString().Should().Be("Avon and Somerset");
    }

    [Fact]
    public void Offence_titles_are_unique_and_follow_on_suspicion_of()
    {
        Offences.All.Select(o => o.Title).Should().OnlyHaveUniqueItems();
        // Lower case, but for the proper nouns and abbreviations a title may need: "Class", "UK".
        foreach (Offence offence in Offences.All)
        {
            string rest = offence.Title.Replace("Class", "", StringComparison.Ordinal).Replace("UK", "", StringComparison.Ordinal);
            rest.Should().Be(rest.ToLowerInvariant(), offence.Code);
        }
    }
}
